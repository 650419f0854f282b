package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak for the tests, started once per test JVM and shared by every test class that
 * needs an identity provider; stopped when the JVM ends.
 *
 * <p>The server distribution ({@code org.keycloak:keycloak-quarkus-dist}, a zip) is resolved by
 * Maven like any other artifact (web/pom.xml copies it into target/ and names it in the system
 * property {@code keycloak.dist.zip}); it is unpacked once into a cache folder
 * ({@code keycloak.cache}, default {@code ~/.cache/imaging-ledger}) and started in development
 * mode with an in-memory database on free ports of 127.0.0.1. Keycloak needs Java 21 or newer:
 * {@code KEYCLOAK_JAVA_HOME} (or {@code -Dkeycloak.java.home}) names one, otherwise the first
 * JDK 21+ under /usr/lib/jvm is taken. The realm {@code ledger} (test resources
 * {@code keycloak/ledger-realm.json}: a user per role, a node client, a metrics client, a client
 * whose tokens last one second, a client of another audience) is created through the admin API.
 */
public final class Keycloak {

    public static final String REALM = "ledger";
    public static final String PASSWORD = "test-only";
    private static final String VERSION = System.getProperty("keycloak.version", "26.5.6");
    private static Keycloak shared;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The one Keycloak of this test run, started at the first call. */
    public static synchronized Keycloak shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** An access token of a person, by the password grant of the public client ledger-cli. */
    public String personToken(String username) {
        return token(Map.of(
                "grant_type", "password",
                "client_id", "ledger-cli",
                "username", username,
                "password", PASSWORD,
                "scope", "openid"));
    }

    /** An access token of a confidential client, by the client-credentials grant (secrets: test-only-CLIENT). */
    public String clientToken(String clientId) {
        return token(Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", "test-only-" + clientId));
    }

    /** The subject id of a user of the realm (as the admin API states it). */
    public String subjectOf(String username) {
        JsonNode users = admin("GET", "/admin/realms/" + REALM + "/users?exact=true&username=" + enc(username), null);
        return users.get(0).get("id").asText();
    }

    private String token(Map<String, String> form) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                        .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + answer.statusCode() + " " + answer.body());
        }
        return read(answer.body()).get("access_token").asText();
    }

    private JsonNode admin(String method, String path, String body) {
        // a fresh token each time: the master realm's tokens live one minute
        String adminToken;
        {
            HttpResponse<String> answer =
                    send(HttpRequest.newBuilder(URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                    "grant_type", "password",
                                    "client_id", "admin-cli",
                                    "username", "admin",
                                    "password", ADMIN_PASSWORD))))
                            .build());
            adminToken = read(answer.body()).get("access_token").asText();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "Keycloak admin " + method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? json.nullNode() : read(answer.body());
    }

    private static final String ADMIN_PASSWORD = "test-only-" + UUID.randomUUID();

    private static Keycloak start() throws IOException, InterruptedException {
        Path cache = Path.of(System.getProperty(
                "keycloak.cache",
                Path.of(System.getProperty("user.home"), ".cache", "imaging-ledger")
                        .toString()));
        Files.createDirectories(cache);
        Path home = cache.resolve("keycloak-" + VERSION);
        Path javaHome = javaHome();
        int port = freePort();
        int management = freePort();
        Path log = Path.of("target", "keycloak-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        // one start at a time per cache folder: a first start rewrites the server's build files
        try (FileChannel lockFile = FileChannel.open(
                        cache.resolve("keycloak.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = lockFile.lock()) {
            unpackOnce(home);
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + management,
                            "--db=dev-mem",
                            "--cache=local")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().remove("JAVA_OPTS");
            Process process = builder.start();
            Keycloak keycloak = new Keycloak(process, port);
            try {
                keycloak.awaitUp(log);
                keycloak.admin("POST", "/admin/realms", realm());
            } catch (RuntimeException | Error e) {
                keycloak.stop();
                throw e;
            }
            return keycloak;
        }
    }

    private void awaitUp(Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        URI ready = URI.create(baseUrl() + "/realms/master/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak ended with " + process.exitValue() + " before it was up:\n" + tail(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start within 240 s:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    public void stop() {
        if (process.isAlive()) {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    children.forEach(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A JDK of version 21 or newer, for Keycloak (the tests themselves run on the build's Java 17). */
    static Path javaHome() throws IOException {
        String named = System.getProperty("keycloak.java.home", System.getenv("KEYCLOAK_JAVA_HOME"));
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> all = Files.list(jvms)) {
                candidates.addAll(all.sorted().toList());
            }
        }
        for (Path candidate : candidates) {
            if (major(candidate) >= 21 && Files.isExecutable(candidate.resolve("bin/java"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Keycloak needs Java 21 or newer and none was found under /usr/lib/jvm: install "
                        + "one (e.g. Eclipse Temurin 21 or 25) or set KEYCLOAK_JAVA_HOME to one");
    }

    private static int major(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        try {
            Optional<String> version = Files.readAllLines(release).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .findFirst();
            return version.map(v -> Integer.parseInt(v.split("[.+-]")[0])).orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void unpackOnce(Path home) throws IOException {
        Path done = home.resolve(".unpacked");
        if (Files.exists(done)) {
            return;
        }
        Path zip = Path.of(System.getProperty(
                "keycloak.dist.zip",
                Path.of(
                                System.getProperty("user.home"),
                                ".m2/repository/org/keycloak/keycloak-quarkus-dist",
                                VERSION,
                                "keycloak-quarkus-dist-" + VERSION + ".zip")
                        .toString()));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("the Keycloak distribution is missing: " + zip
                    + " (the web module's build copies it there from Maven; run the tests through Maven)");
        }
        Path staging = Files.createTempDirectory(home.getParent(), "keycloak-unpacking");
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                // strip the zip's top folder (keycloak-VERSION/)
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        if (Files.exists(home)) {
            deleteTree(home);
        }
        Files.move(staging, home);
        Files.writeString(done, VERSION);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String realm() throws IOException {
        try (InputStream in = Keycloak.class.getResourceAsStream("/keycloak/ledger-realm.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The ledger's settings for this Keycloak: the pages' login (client ledger), bearer tokens
     * for the audience ledger-api, the groups claim mapped to ledger roles, and the node client.
     */
    public Map<String, String> ledgerProperties(String nodeClientNode) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("spring.security.oauth2.client.registration.keycloak.client-id", "ledger");
        p.put("spring.security.oauth2.client.registration.keycloak.client-secret", "test-only-ledger");
        p.put("spring.security.oauth2.client.registration.keycloak.client-name", "Keycloak");
        p.put("spring.security.oauth2.client.registration.keycloak.scope", "openid,profile,email");
        p.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", issuer());
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer());
        p.put("spring.security.oauth2.resourceserver.jwt.audiences", "ledger-api");
        p.put("ledger.oidc.clock-skew", "PT0S");
        p.put("ledger.oidc.role-claims[0]", "groups");
        String[][] roles = {
            {"ledger-researchers", "RESEARCHER"},
            {"ledger-dac", "DAC_MEMBER"},
            {"ledger-dac-chairs", "DAC_CHAIR,DAC_MEMBER"},
            {"ledger-auditors", "AUDITOR"},
            {"ledger-admins", "GOVERNANCE_ADMIN"},
            {"ledger-metrics", "METRICS"}
        };
        for (int i = 0; i < roles.length; i++) {
            p.put("ledger.oidc.roles[" + i + "].value", roles[i][0]);
            p.put("ledger.oidc.roles[" + i + "].roles", roles[i][1]);
        }
        p.put("ledger.oidc.node-clients[0].client-id", "node-test");
        p.put("ledger.oidc.node-clients[0].node", nodeClientNode);
        return p;
    }
}
