package id.selaras.indicator.graphql;

import java.util.List;
import java.util.stream.IntStream;

import id.selaras.common.GlobalId;
import id.selaras.indicator.Aggregation;
import id.selaras.indicator.Frequency;
import id.selaras.indicator.Indicator;
import id.selaras.indicator.IndicatorInput;
import id.selaras.indicator.IndicatorInput.BaselineInput;
import id.selaras.indicator.IndicatorInput.TargetInput;
import id.selaras.indicator.IndicatorService;
import id.selaras.indicator.IndicatorType;
import id.selaras.indicator.Period;
import id.selaras.indicator.Polarity;
import id.selaras.indicator.Realisation;
import id.selaras.indicator.RealisationService;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The indicator and realisation mutations. */
@Controller
class IndicatorMutationController {

    private final IndicatorService indicators;
    private final RealisationService realisations;

    IndicatorMutationController(IndicatorService indicators, RealisationService realisations) {
        this.indicators = indicators;
        this.realisations = realisations;
    }

    @MutationMapping
    Mono<IndicatorPayload> createIndicator(@Argument CreateInput input) {
        return CurrentActor.get().flatMap(actor -> indicators.create(actor,
                GlobalId.decode("CascadeNode", input.nodeId(), "input.nodeId"), input.toInput(), input.position()))
                .map(IndicatorPayload::new);
    }

    @MutationMapping
    Mono<IndicatorPayload> updateIndicator(@Argument UpdateInput input) {
        return CurrentActor.get().flatMap(actor -> indicators.update(actor,
                GlobalId.decode("Indicator", input.id(), "input.id"), input.version(), input.toInput()))
                .map(IndicatorPayload::new);
    }

    @MutationMapping
    Mono<IndicatorPayload> setIndicatorTargets(@Argument SetTargetsInput input) {
        return CurrentActor.get().flatMap(actor -> indicators.setTargets(actor,
                GlobalId.decode("Indicator", input.id(), "input.id"), input.version(), input.targets(), input.endTarget()))
                .map(IndicatorPayload::new);
    }

    @MutationMapping
    Mono<IndicatorPayload> moveIndicator(@Argument MoveInput input) {
        return CurrentActor.get().flatMap(actor -> indicators.move(actor,
                GlobalId.decode("Indicator", input.id(), "input.id"), input.version(),
                GlobalId.decode("CascadeNode", input.nodeId(), "input.nodeId"), input.position()))
                .map(IndicatorPayload::new);
    }

    @MutationMapping
    Mono<DeletePayload> deleteIndicator(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> indicators.delete(actor,
                GlobalId.decode("Indicator", input.id(), "input.id"), input.version()))
                .map(id -> new DeletePayload(GlobalId.encode("Indicator", id)));
    }

    @MutationMapping
    Mono<IndicatorPayload> alignIndicator(@Argument AlignmentInput input) {
        return align(input, true);
    }

    @MutationMapping
    Mono<IndicatorPayload> unalignIndicator(@Argument AlignmentInput input) {
        return align(input, false);
    }

    private Mono<IndicatorPayload> align(AlignmentInput input, boolean link) {
        return CurrentActor.get().flatMap(actor -> indicators.align(actor,
                GlobalId.decode("Indicator", input.indicatorId(), "input.indicatorId"),
                GlobalId.decode("Indicator", input.referenceIndicatorId(), "input.referenceIndicatorId"), link))
                .map(IndicatorPayload::new);
    }

    @MutationMapping
    Mono<RealisationPayload> recordRealisation(@Argument RecordInput input) {
        return CurrentActor.get().flatMap(actor -> realisations.record(actor,
                GlobalId.decode("Indicator", input.indicatorId(), "input.indicatorId"), input.year(), input.period(),
                input.value(), input.evidence())).map(RealisationPayload::new);
    }

    @MutationMapping
    Mono<RealisationPayload> updateRealisation(@Argument UpdateRealisationInput input) {
        return CurrentActor.get().flatMap(actor -> realisations.update(actor,
                GlobalId.decode("Realisation", input.id(), "input.id"), input.version(), input.value(), input.evidence()))
                .map(RealisationPayload::new);
    }

    @MutationMapping
    Mono<RealisationPayload> verifyRealisation(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> realisations.verify(actor,
                GlobalId.decode("Realisation", input.id(), "input.id"), input.version())).map(RealisationPayload::new);
    }

    @MutationMapping
    Mono<DeletePayload> deleteRealisation(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> realisations.delete(actor,
                GlobalId.decode("Realisation", input.id(), "input.id"), input.version()))
                .map(id -> new DeletePayload(GlobalId.encode("Realisation", id)));
    }

    static List<Long> opdIds(List<String> ids) {
        if (ids == null) {
            return null;
        }
        return IntStream.range(0, ids.size())
                .mapToObj(i -> GlobalId.decode("OrganisationUnit", ids.get(i), "input.responsibleOpdIds[" + i + "]"))
                .toList();
    }

    record CreateInput(String nodeId, String code, String name, String unit, String definition, String formula,
                       String dataSource, String concept, String classification, Frequency frequency,
                       String selectionReason, Polarity polarity, Aggregation aggregation, IndicatorType type,
                       Integer position, BaselineInput baseline, List<TargetInput> targets, TargetInput endTarget,
                       List<String> responsibleOpdIds) {
        IndicatorInput toInput() {
            return new IndicatorInput(code, name, unit, definition, formula, dataSource, concept, classification, frequency,
                    selectionReason, polarity, aggregation, type, baseline, targets, endTarget, opdIds(responsibleOpdIds));
        }
    }

    record UpdateInput(String id, int version, String code, String name, String unit, String definition, String formula,
                       String dataSource, String concept, String classification, Frequency frequency,
                       String selectionReason, Polarity polarity, Aggregation aggregation, IndicatorType type,
                       BaselineInput baseline, List<TargetInput> targets, TargetInput endTarget,
                       List<String> responsibleOpdIds) {
        IndicatorInput toInput() {
            return new IndicatorInput(code, name, unit, definition, formula, dataSource, concept, classification, frequency,
                    selectionReason, polarity, aggregation, type, baseline, targets, endTarget, opdIds(responsibleOpdIds));
        }
    }

    record SetTargetsInput(String id, int version, List<TargetInput> targets, TargetInput endTarget) {
    }

    record MoveInput(String id, int version, String nodeId, Integer position) {
    }

    record VersionedInput(String id, int version) {
    }

    record AlignmentInput(String indicatorId, String referenceIndicatorId) {
    }

    record RecordInput(String indicatorId, int year, Period period, Double value, String evidence) {
    }

    record UpdateRealisationInput(String id, int version, Double value, String evidence) {
    }

    record IndicatorPayload(Indicator indicator) {
    }

    record RealisationPayload(Realisation realisation) {
    }

    record DeletePayload(String deletedId) {
    }
}
