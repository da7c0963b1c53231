import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the statistics table of a Gatling report (its index.html: Gatling 3.15 keeps no JSON of it) as BENCHMARK
 * lines, one per step and request: {@code java loadtest/GatlingSummary.java <report-folder> <label>}. A step's
 * times are Gatling's group times: the requests of the step added up, think time left out.
 */
public class GatlingSummary {

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0], "index.html"));
        String label = args.length > 1 ? args[1] : "";
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String id = row.group(1);
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(2).replace(",", ""));
            }
            if (cells.size() < 13) {
                continue;
            }
            String kind = id.equals("ROOT") ? "all" : id.startsWith("group_") ? "step" : "request";
            // Columns: total, ok, ko, %ko, count/s, min, p50, p75, p95, p99, max, mean, std dev.
            System.out.printf("BENCHMARK load %s %-7s %-32s count=%s ok=%s ko=%s per-second=%s median-ms=%s p95-ms=%s"
                    + " p99-ms=%s max-ms=%s%n", label, kind, "\"" + name.group(1) + "\"", cells.get(0), cells.get(1),
                    cells.get(2), cells.get(4), cells.get(6), cells.get(8), cells.get(9), cells.get(10));
        }
    }
}
