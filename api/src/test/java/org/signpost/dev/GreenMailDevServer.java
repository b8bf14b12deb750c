package org.signpost.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.signpost.embedded.FreePorts;
import org.signpost.platform.config.DevMailServer;

/**
 * The dev stack's mail: GreenMail (a real SMTP and IMAP server) in this process. Every message it receives is also
 * written as an {@code .eml} file (open it in any mail program, or read it as text) under {@code <data>/mail}; and it
 * can be read over IMAP, signing in as the recipient's address with that address as the password. Ports 3025 (SMTP)
 * and 3143 (IMAP) when free, so a mail program set up once keeps working; others when not.
 */
public final class GreenMailDevServer implements DevMailServer {

    @Override
    public Started start(Path dataDir) {
        Path folder = dataDir.resolve("mail").toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int smtp = preferred(3025);
        int imap = preferred(3143);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "dev-mail-stop"));
        Thread writer = new Thread(() -> writeAsTheyArrive(greenMail, folder), "dev-mail-eml-writer");
        writer.setDaemon(true);
        writer.start();
        return new Started(
                Map.of("signpost.mail.host", "127.0.0.1", "signpost.mail.port", smtp, "signpost.mail.tls", "none"),
                List.of("Mail sent:   written as .eml files to " + folder,
                        "             and readable over IMAP at 127.0.0.1:" + imap
                                + " (user and password: the recipient's address) - nothing leaves this machine"));
    }

    private static void writeAsTheyArrive(GreenMail greenMail, Path folder) {
        Set<MimeMessage> written = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int seen = 0;
        while (greenMail.isRunning()) {
            if (!greenMail.waitForIncomingEmail(60_000, seen + 1)) {
                continue;
            }
            MimeMessage[] all = greenMail.getReceivedMessages();
            seen = all.length;
            for (MimeMessage message : all) {
                if (written.add(message)) {
                    write(message, folder);
                }
            }
        }
    }

    private static void write(MimeMessage message, Path folder) {
        try {
            String to = message.getAllRecipients() == null ? "unknown" : message.getAllRecipients()[0].toString();
            String name = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + "-"
                    + slug(to) + "-" + slug(String.valueOf(message.getSubject())) + ".eml";
            try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                message.writeTo(out);
            }
        } catch (IOException | MessagingException e) {
            System.err.println("Dev mail: could not write a message to " + folder + ": " + e.getMessage());
        }
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9@.]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static int preferred(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException taken) {
            return FreePorts.find();
        }
    }
}
