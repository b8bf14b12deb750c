package org.signpost.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.signpost.embedded.FreePorts;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, started before any test and stopped after the last, with
 * Signpost's mail pointed at it through system properties ({@code signpost.mail.*}). Tests read what was delivered
 * through {@link Mailbox}. Registered through {@code META-INF/services}.
 */
public class TestMail implements LauncherSessionListener {

    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int port = FreePorts.find();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        server = greenMail;
        System.setProperty("signpost.mail.host", "127.0.0.1");
        System.setProperty("signpost.mail.port", String.valueOf(port));
        System.setProperty("signpost.mail.tls", "none");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    /** The server every Signpost context of this test JVM sends to. */
    public static GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("the test mail server is not running (TestMail is a JUnit LauncherSessionListener)");
        }
        return server;
    }
}
