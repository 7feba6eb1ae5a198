/**
 * The nearby module: face-to-face rooms by a 4-digit code and position, and the groups made from them. Other modules see only {@code chat.nearby.api}.
 */
module chat.nearby {
    // "exports chat.nearby.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
}
