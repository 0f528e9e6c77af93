package id.selaras.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.cascade.CascadeService;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.consultation.repository.ConsultationRepository;
import id.selaras.indicator.IndicatorService;
import id.selaras.plan.PlanService;
import id.selaras.plan.VersionScope;
import id.selaras.plan.VersionStatus;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import id.selaras.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Consultations on a plan version that is open for consultation: planners open, reschedule and close them, and
 * record their offline meetings; anyone who may read the version reads them.
 */
@Service
public class ConsultationService {

    static final Duration LONGEST = Duration.ofDays(180);

    private final ConsultationRepository consultations;
    private final PlanService plans;
    private final CascadeService cascade;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, PlanService plans, CascadeService cascade,
                        IndicatorService indicators, RegionService regions, AccessPolicy access, EventLog events,
                        TransactionalOperator tx, Clock clock) {
        this.consultations = consultations;
        this.plans = plans;
        this.cascade = cascade;
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    public Mono<Consultation> consultation(Actor actor, long id) {
        return consultations.find(id).filterWhen(c -> plans.scope(c.planVersionId()).map(s -> plans.visible(actor, s)));
    }

    public Mono<Map<Long, Consultation>> consultations(Collection<Long> ids) {
        return consultations.findAll(ids);
    }

    public Mono<Connection<Consultation>> list(Actor actor, ConsultationState state, Long versionId, Long regionId, Page page) {
        List<String> staff = actor.regions().stream().filter(r -> access.canSeeDrafts(actor, r)).toList();
        return consultations.list(state, versionId, regionId, staff, actor.has(Role.ADMIN), page);
    }

    /** The open consultation in which a comment on this node or indicator of a version would be made. */
    public Mono<Consultation> openCovering(long versionId, Long nodeId, Long indicatorId) {
        return consultations.openCovering(versionId, nodeId, indicatorId);
    }

    public Mono<Map<Long, List<Meeting>>> meetings(Collection<Long> ids) {
        return consultations.meetings(ids);
    }

    public Mono<Map<Long, List<long[]>>> scopes(Collection<Long> ids) {
        return consultations.scopes(ids);
    }

    public Mono<Map<Long, ParticipationStatistics>> statistics(Collection<Long> ids) {
        return consultations.statistics(ids);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    /** Opens (schedules) a consultation on a version in IN_CONSULTATION, on the whole plan or on chosen items. */
    public Mono<Consultation> open(Actor actor, NewConsultation in) {
        Checks checks = Checks.start();
        String title = checks.text(in.title(), "input.title", 300);
        String description = checks.optionalText(in.description(), "input.description", 4000);
        times(checks, in.opensAt(), in.closesAt());
        return plans.scope(in.planVersionId())
                .switchIfEmpty(Mono.error(SelarasException.notFound("PlanVersion", in.planVersionId())))
                .flatMap(scope -> {
                    access.requirePlanner(actor, scope.regionCode());
                    checks.check(scope.status() == VersionStatus.IN_CONSULTATION, ErrorCode.CONSULTATION_NEEDS_OPEN_VERSION,
                            "input.planVersionId", scope.status().name());
                    return checkArea(checks, in, scope)
                            .then(checkScope(checks, scope, in.nodeIds(), in.indicatorIds()))
                            .then(Mono.defer(() -> {
                                checks.throwIfAny();
                                boolean whole = in.nodeIds().isEmpty() && in.indicatorIds().isEmpty();
                                return consultations.insert(scope.versionId(), in.kind(), title, description, in.areaId(),
                                        whole, in.opensAt(), in.closesAt(), actor.auditName());
                            }))
                            .flatMap(c -> consultations.insertScope(c.id(), in.nodeIds(), in.indicatorIds())
                                    .then(events.record(actor, Change.created("Consultation", c.id(), scope.regionId(),
                                            scope.versionId(), c).about(new Change.Topic("Consultation", c.id(), c.id(), null))))
                                    .thenReturn(c));
                }).as(tx::transactional);
    }

    public Mono<Consultation> update(Actor actor, long id, int version, String title, String description, Instant opensAt,
                                     Instant closesAt) {
        return managing(actor, id, (before, scope) -> {
            Checks checks = Checks.start();
            String t = checks.text(title, "input.title", 300);
            String d = checks.optionalText(description, "input.description", 4000);
            checks.check(before.state(now()) != ConsultationState.CLOSED, ErrorCode.CONSULTATION_CLOSED, null);
            times(checks, opensAt, closesAt);
            checks.throwIfAny();
            return consultations.update(id, version, t, d, opensAt, closesAt)
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Consultation")))
                    .flatMap(after -> record(actor, scope, Change.updated("Consultation", id, scope.regionId(), scope.versionId(),
                            before, after), id).thenReturn(after));
        });
    }

    /** Closes an open (or scheduled) consultation now. */
    public Mono<Consultation> close(Actor actor, long id, int version) {
        return managing(actor, id, (before, scope) -> {
            Instant now = now();
            if (before.state(now) == ConsultationState.CLOSED) {
                return Mono.error(SelarasException.of(ErrorCode.CONSULTATION_CLOSED, null));
            }
            Instant opens = before.opensAt().isAfter(now) ? now.minusMillis(1) : before.opensAt();
            return consultations.update(id, version, before.title(), before.description(), opens, now)
                    .switchIfEmpty(Mono.error(SelarasException.conflict("Consultation")))
                    .flatMap(after -> record(actor, scope, new Change("Consultation", id, ChangeAction.STATUS_CHANGED,
                            scope.regionId(), scope.versionId(), before, after), id).thenReturn(after));
        });
    }

    public Mono<Meeting> recordMeeting(Actor actor, long consultationId, MeetingRecord in) {
        return managing(actor, consultationId, (consultation, scope) -> {
            Checks checks = Checks.start();
            var fields = meetingFields(checks, in);
            checks.throwIfAny();
            return consultations.insertMeeting(consultationId, in.heldOn(), fields.place(), fields.participants(),
                            fields.minutes(), fields.outcomes(), actor.auditName())
                    .flatMap(m -> record(actor, scope, Change.created("Meeting", m.id(), scope.regionId(), scope.versionId(), m),
                            consultationId).thenReturn(m));
        });
    }

    public Mono<Meeting> updateMeeting(Actor actor, long meetingId, int version, MeetingRecord in) {
        return consultations.findMeeting(meetingId).switchIfEmpty(Mono.error(SelarasException.notFound("Meeting", meetingId)))
                .flatMap(before -> managing(actor, before.consultationId(), (consultation, scope) -> {
                    Checks checks = Checks.start();
                    var fields = meetingFields(checks, in);
                    checks.throwIfAny();
                    return consultations.updateMeeting(meetingId, version, in.heldOn(), fields.place(), fields.participants(),
                                    fields.minutes(), fields.outcomes())
                            .switchIfEmpty(Mono.error(SelarasException.conflict("Meeting")))
                            .flatMap(after -> record(actor, scope, Change.updated("Meeting", meetingId, scope.regionId(),
                                    scope.versionId(), before, after), consultation.id()).thenReturn(after));
                }));
    }

    public Mono<Long> deleteMeeting(Actor actor, long meetingId, int version) {
        return consultations.findMeeting(meetingId).switchIfEmpty(Mono.error(SelarasException.notFound("Meeting", meetingId)))
                .flatMap(before -> managing(actor, before.consultationId(), (consultation, scope) ->
                        consultations.deleteMeeting(meetingId, version)
                                .flatMap(n -> n == 0 ? Mono.error(SelarasException.conflict("Meeting"))
                                        : record(actor, scope, Change.deleted("Meeting", meetingId, scope.regionId(),
                                                scope.versionId(), before), consultation.id()))
                                .thenReturn(meetingId)));
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /** What {@link #open} needs. */
    public record NewConsultation(long planVersionId, ConsultationKind kind, String title, String description, Long areaId,
                                  Instant opensAt, Instant closesAt, List<Long> nodeIds, List<Long> indicatorIds) {
        public NewConsultation {
            nodeIds = nodeIds == null ? List.of() : List.copyOf(nodeIds);
            indicatorIds = indicatorIds == null ? List.of() : List.copyOf(indicatorIds);
        }
    }

    /** A meeting's record as submitted. */
    public record MeetingRecord(LocalDate heldOn, String place, Map<StakeholderCategory, Integer> participants, String minutes,
                                String outcomes) {
    }

    private record MeetingFields(String place, Map<StakeholderCategory, Integer> participants, String minutes, String outcomes) {
    }

    private static MeetingFields meetingFields(Checks checks, MeetingRecord in) {
        checks.check(in.heldOn() != null, ErrorCode.REQUIRED, "input.heldOn");
        String place = checks.text(in.place(), "input.place", 300);
        String minutes = checks.optionalText(in.minutes(), "input.minutes", 20000);
        String outcomes = checks.optionalText(in.outcomes(), "input.outcomes", 10000);
        Map<StakeholderCategory, Integer> participants = new EnumMap<>(StakeholderCategory.class);
        if (in.participants() != null) {
            in.participants().forEach((category, count) -> {
                checks.check(count != null && count >= 0 && count <= 100_000, ErrorCode.OUT_OF_RANGE,
                        "input.participants." + category, 0, 100_000);
                if (count != null && count > 0) {
                    participants.put(category, count);
                }
            });
        }
        return new MeetingFields(place, participants, minutes, outcomes);
    }

    private void times(Checks checks, Instant opensAt, Instant closesAt) {
        checks.check(opensAt != null, ErrorCode.REQUIRED, "input.opensAt");
        checks.check(closesAt != null, ErrorCode.REQUIRED, "input.closesAt");
        if (opensAt != null && closesAt != null) {
            checks.check(closesAt.isAfter(opensAt), ErrorCode.CLOSES_BEFORE_OPENS, "input.closesAt");
            checks.check(closesAt.isAfter(now()), ErrorCode.CLOSES_IN_PAST, "input.closesAt");
            checks.check(Duration.between(opensAt, closesAt).compareTo(LONGEST) <= 0, ErrorCode.CONSULTATION_TOO_LONG,
                    "input.closesAt", LONGEST.toDays());
        }
    }

    private Mono<Void> checkArea(Checks checks, NewConsultation in, VersionScope scope) {
        var level = in.kind().areaLevel();
        if (level == null) {
            checks.check(in.areaId() == null, ErrorCode.INVALID_FORMAT, "input.areaId");
            return Mono.empty();
        }
        if (in.areaId() == null) {
            checks.add(ErrorCode.REQUIRED, "input.areaId");
            return Mono.empty();
        }
        return regions.region(in.areaId()).defaultIfEmpty(new id.selaras.region.Region(0, "", "", level, null, 0))
                .doOnNext(area -> checks.check(area.level() == level && scope.regionCode() != null
                        && area.code().startsWith(scope.regionCode() + "."), ErrorCode.AREA_OUTSIDE_REGION, "input.areaId"))
                .then();
    }

    private Mono<Void> checkScope(Checks checks, VersionScope scope, List<Long> nodeIds, List<Long> indicatorIds) {
        return cascade.nodes(nodeIds).zipWith(indicators.indicators(indicatorIds)).doOnNext(t -> {
            for (int i = 0; i < nodeIds.size(); i++) {
                var n = t.getT1().get(nodeIds.get(i));
                checks.check(n != null && n.planVersionId() == scope.versionId(), ErrorCode.DIFFERENT_VERSION, "input.nodeIds[" + i + "]");
            }
            for (int i = 0; i < indicatorIds.size(); i++) {
                var n = t.getT2().get(indicatorIds.get(i));
                checks.check(n != null && n.planVersionId() == scope.versionId(), ErrorCode.DIFFERENT_VERSION,
                        "input.indicatorIds[" + i + "]");
            }
        }).then();
    }

    @FunctionalInterface
    private interface Edit<T> {
        Mono<T> apply(Consultation consultation, VersionScope scope);
    }

    private <T> Mono<T> managing(Actor actor, long id, Edit<T> edit) {
        return consultations.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("Consultation", id)))
                .flatMap(c -> plans.scope(c.planVersionId()).flatMap(scope -> {
                    access.requirePlanner(actor, scope.regionCode());
                    return edit.apply(c, scope);
                }))
                .as(tx::transactional);
    }

    private Mono<Long> record(Actor actor, VersionScope scope, Change change, long consultationId) {
        return events.record(actor, change.about(new Change.Topic("Consultation", consultationId, consultationId, null)));
    }

    /** Plain access for other features: the scope of a consultation's version. */
    public Mono<VersionScope> versionScope(Consultation consultation) {
        return plans.scope(consultation.planVersionId());
    }
}
