package chat.identity.internal.interfaces;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

/**
 * The operator's batch of accounts, all created or none; each row's rules are checked by
 * {@code ProvisionUsers}, which names the row ({@code users[3].username}).
 */
@Schema(name = "UserBatch")
public record UserBatch(
        @NotNull @Schema(required = true, minItems = 1, maxItems = 1000,
                example = "[{\"username\": \"bot.hr\", \"nickname\": \"HR bot\"}]") List<Row> users) {

    /** One account of a batch: a password is optional (a bot or a directory account logs in by operator token). */
    @Schema(name = "UserBatchRow")
    public record Row(
            @Schema(required = true, minLength = 3, maxLength = 32, pattern = "^[a-z0-9_.-]{3,32}$", example = "bot.hr")
            String username,
            @Schema(required = true, minLength = 1, maxLength = 64, example = "HR bot") String nickname,
            @Schema(minLength = 8, maxLength = 128, nullable = true, example = "s3cret-pass") String password) {
    }
}
