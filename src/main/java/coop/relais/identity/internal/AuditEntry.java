package coop.relais.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** One line of the audit log, as stored, with the words a person reads it in. */
public record AuditEntry(
        UUID id, Instant at, UUID actorId, String actorEmail, String action, String target, String detail, String ip) {

    private static final Pattern KIND = Pattern.compile("^[a-z]+:");
    private static final Pattern UUID_WORD =
            Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b\\s*");
    private static final Set<String> THIS_MACHINE = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    /**
     * What the action was about, without the stored kind and identifiers: "account:ac00… lucien@…"
     * reads "lucien@…". The stored target keeps them for the record.
     */
    public String targetLabel() {
        if (target == null) {
            return "";
        }
        String label = UUID_WORD
                .matcher(KIND.matcher(target.strip()).replaceFirst(""))
                .replaceAll("")
                .strip();
        return label.isEmpty() ? "—" : label;
    }

    /** Whether the request came from the server itself (a test, a script on the machine). */
    public boolean fromThisMachine() {
        return ip != null && THIS_MACHINE.contains(ip);
    }
}
