package org.irauditor.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * One {@code moto_server} per test JVM, bound to 127.0.0.1 on a free port and stopped when the JVM exits. Tests
 * that need it call {@link #get()}: without moto installed they are skipped with a hint, unless
 * {@code MOTO_REQUIRED=true} (as in CI), where they fail.
 */
public final class MotoServer {

    /** The account moto answers for with the runner's credentials. */
    public static final String DEFAULT_ACCOUNT = "123456789012";

    private static MotoServer instance;

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static synchronized MotoServer get() {
        if (instance == null) {
            instance = start();
        }
        instance.reset();
        return instance;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The runner's fake credentials; moto accepts any. */
    public static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    }

    /**
     * Credentials that act as one account: moto answers for the account of an assumed role, and for the default
     * account with the runner's fake keys.
     */
    public static AwsCredentialsProvider credentials(String accountId) {
        if (DEFAULT_ACCOUNT.equals(accountId)) {
            return credentials();
        }
        MotoServer server = instance;
        try (software.amazon.awssdk.services.sts.StsClient sts = software.amazon.awssdk.services.sts.StsClient.builder()
                .endpointOverride(server.endpoint)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(credentials())
                .build()) {
            var session = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + accountId + ":role/IRReadinessAuditRole")
                            .roleSessionName("test-reader"))
                    .credentials();
            return StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsSessionCredentials.create(
                            session.accessKeyId(), session.secretAccessKey(), session.sessionToken()));
        }
    }

    /** Forgets every resource of every account, so each test starts from an empty organization. */
    public void reset() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    endpoint.resolve("/moto-api/reset").toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("moto reset answered " + connection.getResponseCode());
            }
        } catch (IOException e) {
            throw new IllegalStateException("moto reset failed", e);
        }
    }

    private static MotoServer start() {
        Path executable = findExecutable();
        boolean required = "true".equalsIgnoreCase(System.getenv("MOTO_REQUIRED"));
        if (executable == null) {
            if (required) {
                throw new IllegalStateException("MOTO_REQUIRED=true but moto_server is not on the PATH");
            }
            Assumptions.abort("moto_server is not installed: run `pip install 'moto[server]'` to run these tests");
        }
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-", ".log");
            Process process = new ProcessBuilder(executable.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitReady(endpoint, process, log);
            return new MotoServer(process, endpoint);
        } catch (IOException e) {
            throw new IllegalStateException("moto_server could not be started", e);
        }
    }

    private static Path findExecutable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "moto_server");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static void awaitReady(URI endpoint, Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited: " + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection)
                        endpoint.resolve("/moto-api/").toURL().openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() < 500) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
        }
        throw new IllegalStateException("moto_server did not start within 60 s: " + Files.readString(log));
    }
}
