package id.selaras.consultation.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.selaras.common.GlobalId;
import id.selaras.consultation.Consultation;
import id.selaras.consultation.ConsultationKind;
import id.selaras.consultation.ConsultationService;
import id.selaras.consultation.Meeting;
import id.selaras.consultation.StakeholderCategory;
import id.selaras.node.NodeLoader;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The consultation and meeting mutations; {@code node(id:)} for consultations. */
@Controller
class ConsultationMutationController implements NodeLoader {

    private final ConsultationService consultations;

    ConsultationMutationController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @MutationMapping
    Mono<ConsultationPayload> openConsultation(@Argument OpenInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.open(actor, new ConsultationService.NewConsultation(
                        GlobalId.decode("PlanVersion", input.planVersionId(), "input.planVersionId"), input.kind(), input.title(),
                        input.description(), GlobalId.decodeOptional("Region", input.areaId(), "input.areaId"), input.opensAt(),
                        input.closesAt(), ConsultationController.decodeAll("CascadeNode", input.nodeIds(), "input.nodeIds"),
                        ConsultationController.decodeAll("Indicator", input.indicatorIds(), "input.indicatorIds"))))
                .map(ConsultationPayload::new);
    }

    @MutationMapping
    Mono<ConsultationPayload> updateConsultation(@Argument UpdateInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.update(actor, GlobalId.decode("Consultation", input.id(), "input.id"),
                input.version(), input.title(), input.description(), input.opensAt(), input.closesAt())).map(ConsultationPayload::new);
    }

    @MutationMapping
    Mono<ConsultationPayload> closeConsultation(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.close(actor, GlobalId.decode("Consultation", input.id(), "input.id"),
                input.version())).map(ConsultationPayload::new);
    }

    @MutationMapping
    Mono<MeetingPayload> recordMeeting(@Argument RecordMeetingInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.recordMeeting(actor,
                GlobalId.decode("Consultation", input.consultationId(), "input.consultationId"),
                new ConsultationService.MeetingRecord(input.heldOn(), input.place(), counts(input.participants()), input.minutes(),
                        input.outcomes()))).map(MeetingPayload::new);
    }

    @MutationMapping
    Mono<MeetingPayload> updateMeeting(@Argument UpdateMeetingInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.updateMeeting(actor, GlobalId.decode("Meeting", input.id(), "input.id"),
                input.version(), new ConsultationService.MeetingRecord(input.heldOn(), input.place(), counts(input.participants()),
                        input.minutes(), input.outcomes()))).map(MeetingPayload::new);
    }

    @MutationMapping
    Mono<DeleteMeetingPayload> deleteMeeting(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> consultations.deleteMeeting(actor, GlobalId.decode("Meeting", input.id(), "input.id"),
                input.version())).map(id -> new DeleteMeetingPayload(GlobalId.encode("Meeting", id)));
    }

    @Override
    public String type() {
        return "Consultation";
    }

    @Override
    public Mono<?> load(Actor actor, long id) {
        return consultations.consultation(actor, id);
    }

    private static Map<StakeholderCategory, Integer> counts(List<CountInput> list) {
        Map<StakeholderCategory, Integer> result = new EnumMap<>(StakeholderCategory.class);
        if (list != null) {
            list.forEach(c -> result.merge(c.category(), c.count(), Integer::sum));
        }
        return result;
    }

    record OpenInput(String planVersionId, ConsultationKind kind, String title, String description, String areaId,
                     Instant opensAt, Instant closesAt, List<String> nodeIds, List<String> indicatorIds) {
    }

    record UpdateInput(String id, int version, String title, String description, Instant opensAt, Instant closesAt) {
    }

    record VersionedInput(String id, int version) {
    }

    record CountInput(StakeholderCategory category, int count) {
    }

    record RecordMeetingInput(String consultationId, LocalDate heldOn, String place, List<CountInput> participants,
                              String minutes, String outcomes) {
    }

    record UpdateMeetingInput(String id, int version, LocalDate heldOn, String place, List<CountInput> participants,
                              String minutes, String outcomes) {
    }

    record ConsultationPayload(Consultation consultation) {
    }

    record MeetingPayload(Meeting meeting) {
    }

    record DeleteMeetingPayload(String deletedId) {
    }
}
