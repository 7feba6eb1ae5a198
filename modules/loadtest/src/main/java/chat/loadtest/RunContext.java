package chat.loadtest;

import java.net.URI;
import java.time.Duration;

/**
 * What every scenario of one run shares: the API client, the run's names, the options, and the
 * group {@code big-group} built, for {@code members-listing}.
 */
record RunContext(ChatApi api, RunNames names, URI base, Duration timeLimit, AdminKey key, Options options,
        SharedBigGroup bigGroup) {

    Deadline newDeadline() {
        return Deadline.after(timeLimit);
    }

    /**
     * The exact parameters as a command line ({@code name, value} pairs after the scenario),
     * followed by what is not an option: the run's username prefix and where the key came from.
     */
    String parameters(String scenario, Object... nameValuePairs) {
        StringBuilder out = new StringBuilder("--scenario ").append(scenario).append(" --base ").append(base);
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            out.append(" --").append(nameValuePairs[i]).append(' ').append(nameValuePairs[i + 1]);
        }
        options.string("ws-bases").ifPresent(nodes -> out.append(" --ws-bases ").append(nodes));
        out.append(" --time-limit ").append(timeLimit.toSeconds());
        out.append(" (usernames ").append(names.prefix()).append("-*, operator key from ").append(key.source())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" client CPUs, Java ")
                .append(Runtime.version()).append(')');
        return out.toString();
    }
}
