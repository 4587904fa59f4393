package coop.relais.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail on a free port) for the tests that follow an e-mail to a person's
 * inbox: Relais's background sender delivers the outbox to it over SMTP, and the tests read what the
 * person received.
 */
public final class Mailbox {

    private final GreenMail server;

    private Mailbox(GreenMail server) {
        this.server = server;
    }

    /** Starts a server on a free local port. */
    public static Mailbox start() {
        GreenMail server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new Mailbox(server);
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /**
     * The text of the newest e-mail received by {@code recipient} whose text contains every one of
     * {@code containing}, waiting up to 30 seconds for the sender to deliver it.
     */
    public String awaitText(String recipient, String... containing) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Optional<String> found = find(recipient, containing);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No e-mail to " + recipient + " containing " + Arrays.toString(containing)
                        + " within 30 s; received: " + server.getReceivedMessages().length + " message(s)");
            }
            sleep();
        }
    }

    /** The part of the given type (e.g. {@code text/calendar}) of the newest e-mail to {@code recipient} having one. */
    public Optional<String> newestPart(String recipient, String type) {
        MimeMessage[] received = server.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            if (addressedTo(received[i], recipient)) {
                String found = part(received[i], type);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** How many e-mails {@code recipient} has received whose text contains every one of {@code containing}. */
    public long count(String recipient, String... containing) {
        return texts(recipient).stream()
                .filter(text -> Arrays.stream(containing).allMatch(text::contains))
                .count();
    }

    private Optional<String> find(String recipient, String... containing) {
        List<String> texts = texts(recipient);
        for (int i = texts.size() - 1; i >= 0; i--) {
            String text = texts.get(i);
            if (Arrays.stream(containing).allMatch(text::contains)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private List<String> texts(String recipient) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> addressedTo(message, recipient))
                .map(Mailbox::text)
                .toList();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject and the text/plain body, decoded. */
    private static String text(MimeMessage message) {
        try {
            String text = part(message, "text/plain");
            return message.getSubject() + "\n" + (text == null ? "" : text);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the given type (e.g. {@code text/html}), however deep in the multipart structure. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                Object content = part.getContent();
                return content instanceof java.io.InputStream stream
                        ? new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        : String.valueOf(content);
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A local port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
