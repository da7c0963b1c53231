package nl.brug.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Debian's nginx ({@code apt-get install -y nginx}) as the reverse proxy in front of several Brug instances, with
 * its own configuration, logs and pid file in a folder of its own, on a free loopback port: the configuration the
 * README's "Several instances" section gives, made for these instances. Each instance ends its session ids with
 * its route ({@code BRUG_INSTANCE_ROUTE}); nginx sends a request with such a session cookie to that instance, and
 * a request without one to any. When an instance is gone its sessions' requests go to another, which does not know
 * them: those users log in again.
 */
final class NginxProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in front of the instances: route name to the instance's local port. */
    static NginxProxy start(Path folder, Map<String, Integer> instances) {
        try {
            Files.createDirectories(folder.resolve("temp"));
            int port = freePort();
            Path configuration = folder.resolve("nginx.conf");
            Files.writeString(configuration, configuration(folder, port, instances));
            Process process = new ProcessBuilder("nginx", "-p", folder.toString(), "-c", configuration.toString(),
                    "-e", folder.resolve("error.log").toString(), "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(folder.resolve("nginx.out").toFile()).start();
            NginxProxy proxy = new NginxProxy(process, port);
            proxy.awaitListening(Duration.ofSeconds(30), folder);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String configuration(Path folder, int port, Map<String, Integer> instances) {
        String all = servers(instances.values().stream().toList(), null);
        String perRoute = instances.entrySet().stream().map(instance -> """
                    upstream brug_%s {
                %s    }
                """.formatted(instance.getKey(), servers(instances.values().stream().toList(), instance.getValue())))
                .collect(Collectors.joining());
        String routes = instances.keySet().stream().map(route -> "        ~\\.%s$ brug_%s;\n".formatted(route, route))
                .collect(Collectors.joining());
        boolean root = "root".equals(System.getProperty("user.name"));
        Path temp = folder.resolve("temp");
        return """
                %sworker_processes 1;
                pid %s;
                error_log %s warn;
                events { worker_connections 1024; }
                http {
                    access_log %s;
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;

                    # A session stays on the instance whose route ends its id; a new visitor goes to any.
                    map $cookie_JSESSIONID $brug_instance {
                %s        default brug_any;
                    }
                    upstream brug_any {
                %s    }
                %s
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            proxy_pass http://$brug_instance;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $host;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_http_version 1.1;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection "upgrade";
                            proxy_read_timeout 1h;
                        }
                    }
                }
                """.formatted(root ? "user root;\n" : "", folder.resolve("nginx.pid"), folder.resolve("error.log"),
                folder.resolve("access.log"),
                temp, temp, temp, temp, temp, routes, all, perRoute, port);
    }

    /** The instances as nginx servers; with a home, that one first and the others as its backups. */
    private static String servers(List<Integer> ports, @Nullable Integer home) {
        return IntStream.range(0, ports.size()).mapToObj(ports::get).sorted((a, b) -> a.equals(home) ? -1
                : b.equals(home) ? 1 : 0).map(port -> "        server 127.0.0.1:%d max_fails=1 fail_timeout=10s%s;\n"
                        .formatted(port, home == null || port.equals(home) ? "" : " backup"))
                .collect(Collectors.joining());
    }

    private void awaitListening(Duration patience, Path folder) throws IOException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped while starting:\n"
                        + Files.readString(folder.resolve("nginx.out")) + Files.readString(folder.resolve("error.log")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                process.onExit().completeOnTimeout(null, 100, TimeUnit.MILLISECONDS).join();
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen within " + patience);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
