import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Brug's CPU time went during a load level, from a JFR recording ({@code java loadtest/JfrProfile.java
 * <file.jfr>}): each execution sample is charged to the first library on its stack, counted from the top, that is
 * not the JDK itself (JDK code is charged to whoever called it); and, inclusively, to each of Brug's own methods
 * on its stack. Also Brug's CPU seconds over the recording (JFR's CPU load, once a second) and how busy the whole
 * machine was. Printed as BENCHMARK lines.
 */
public class JfrProfile {

    private static final List<String[]> LAYERS = List.of(
            new String[] {"org.springframework.security.crypto.bcrypt.", "bcrypt (password check at login)"},
            new String[] {"org.h2.", "H2 database"},
            new String[] {"org.hibernate.", "Hibernate"},
            new String[] {"com.zaxxer.hikari.", "connection pool"},
            new String[] {"tools.jackson.", "JSON (Jackson)"},
            new String[] {"com.fasterxml.jackson.", "JSON (Jackson)"},
            new String[] {"org.jsoup.", "bootstrap page (jsoup)"},
            new String[] {"com.vaadin.", "Vaadin"},
            new String[] {"nl.brug.", "Brug"},
            new String[] {"org.springframework.security.", "Spring Security"},
            new String[] {"org.springframework.", "Spring"},
            new String[] {"org.apache.", "Tomcat"},
            new String[] {"jdk.jfr.", "JFR itself"});

    public static void main(String[] args) throws Exception {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> brugMethods = new HashMap<>();
        int samples = 0;
        double jvmCpuSeconds = 0;
        double machineBusy = 0;
        int cpuEvents = 0;
        int cores = Runtime.getRuntime().availableProcessors();
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (event.getEventType().getName().equals("jdk.CPULoad")) {
                // Once a second: this JVM's share and the whole machine's share of all cores.
                jvmCpuSeconds += (event.getFloat("jvmUser") + event.getFloat("jvmSystem")) * cores;
                machineBusy += event.getFloat("machineTotal");
                cpuEvents++;
                continue;
            }
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            String layer = "JDK only";
            Set<String> seen = new HashSet<>();
            boolean charged = false;
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (!charged) {
                    for (String[] candidate : LAYERS) {
                        if (type.startsWith(candidate[0])) {
                            layer = candidate[1];
                            charged = true;
                            break;
                        }
                    }
                }
                if (type.startsWith("nl.brug.") && !type.contains("$$")) {
                    String method = type.substring("nl.brug.".length()) + "." + frame.getMethod().getName();
                    if (seen.add(method)) {
                        brugMethods.merge(method, 1, Integer::sum);
                    }
                }
            }
            layers.merge(layer, 1, Integer::sum);
        }
        int total = samples;
        // Brug's own CPU time is a figure the machine's other load hardly changes, unlike response times.
        System.out.printf("BENCHMARK profile brug-cpu-seconds=%.1f over=%ds machine-busy=%.0f%% samples=%d%n",
                jvmCpuSeconds, cpuEvents, cpuEvents == 0 ? 0 : 100 * machineBusy / cpuEvents, total);
        layers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("BENCHMARK profile layer %5.1f%% %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
        brugMethods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("BENCHMARK profile brug-method-inclusive %5.1f%% %s%n",
                        100.0 * e.getValue() / total, e.getKey()));
    }
}
