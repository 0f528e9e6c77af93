package id.selaras.exchange;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * One write an import makes through a feature's service, with the row it comes from so that a rule the service
 * enforces at the last moment is still reported against the right cell.
 */
record ImportStep(String sheet, int row, Layout layout, List<Integer> targetYears, Function<ApplyContext, Mono<?>> action) {

    static ImportStep of(Layout layout, int row, Function<ApplyContext, Mono<?>> action) {
        return new ImportStep(layout.sheet(), row, layout, List.of(), action);
    }

    /** Steps of one row. */
    record Builder(Layout layout, int row, List<Integer> targetYears) {
        ImportStep of(Function<ApplyContext, Mono<?>> action) {
            return new ImportStep(layout.sheet(), row, layout, targetYears, action);
        }
    }

    /** The column of a service's field path ({@code input.targets[1].value} → the second target year's column). */
    String column(String path) {
        if (path == null) {
            return null;
        }
        String f = path.startsWith("input.") ? path.substring("input.".length()) : path;
        if (f.startsWith("targets[")) {
            int i = Integer.parseInt(f.substring("targets[".length(), f.indexOf(']')));
            return i < targetYears.size() ? layout.letter("target:" + targetYears.get(i)) : null;
        }
        int cut = f.indexOf('[') >= 0 ? f.indexOf('[') : f.indexOf('.') >= 0 && !f.startsWith("baseline") ? f.indexOf('.') : -1;
        String base = cut < 0 ? f : f.substring(0, cut);
        return layout.letter(switch (base) {
            case "baseline.year" -> "baselineYear";
            case "baseline.value" -> "baselineValue";
            case "responsibleOpdIds" -> "opds";
            case "parentId" -> "parent";
            case "supportsId" -> "supports";
            default -> base;
        });
    }
}
