package id.selaras.comment;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import id.selaras.audit.Change;
import id.selaras.audit.ChangeAction;
import id.selaras.audit.EventLog;
import id.selaras.comment.repository.CommentRepository;
import id.selaras.common.Checks;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.region.Region;
import id.selaras.region.RegionService;
import id.selaras.security.AccessPolicy;
import id.selaras.security.Actor;
import id.selaras.security.Idempotency;
import id.selaras.security.RateLimiter;
import id.selaras.security.Role;
import id.selaras.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Comments on anything commentable: signed-in people comment while a consultation is open, reply (to a bounded
 * depth), edit within a window (history kept), delete their own (softly), react, and flag; officers of the
 * responsible OPD answer officially; moderators hide (with a public reason) and restore. Writes are rate limited and
 * creates are idempotent. Every change is an event about its subject, so subscribers see it live.
 */
@Service
public class CommentService {

    private final CommentRepository comments;
    private final SubjectResolver subjects;
    private final RegionService regions;
    private final AccessPolicy access;
    private final RateLimiter rateLimiter;
    private final Idempotency idempotency;
    private final EventLog events;
    private final TransactionalOperator tx;
    private final CommentProperties properties;
    private final Clock clock;

    CommentService(CommentRepository comments, SubjectResolver subjects, RegionService regions, AccessPolicy access,
                   RateLimiter rateLimiter, Idempotency idempotency, EventLog events, TransactionalOperator tx,
                   CommentProperties properties, Clock clock) {
        this.comments = comments;
        this.subjects = subjects;
        this.regions = regions;
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.idempotency = idempotency;
        this.events = events;
        this.tx = tx;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- reads ----------------------------------------------------------------------------------------------

    /** A comment, if the actor may read its subject. */
    public Mono<Comment> comment(Actor actor, long id) {
        return comments.find(id).filterWhen(c -> subjects.resolve(actor, c.subjectType(), c.subjectId())
                .map(s -> true).onErrorResume(SelarasException.class, e -> Mono.just(false)));
    }

    public Mono<Map<Long, Comment>> comments(Collection<Long> ids) {
        return comments.findAll(ids);
    }

    /** Whether the actor may read comments on this subject (used before listing them). */
    public Mono<Boolean> canRead(Actor actor, String type, long id) {
        return subjects.resolve(actor, type, id).map(s -> true).onErrorResume(SelarasException.class, e -> Mono.just(false));
    }

    public Mono<Map<Long, List<Comment>>> ofSubjects(String type, Collection<Long> ids, long offset, int limit) {
        return comments.ofSubjects(type, ids, offset, limit);
    }

    public Mono<Map<Long, List<Comment>>> replies(Collection<Long> parentIds, long offset, int limit) {
        return comments.replies(parentIds, offset, limit);
    }

    public Mono<Map<Long, Integer>> counts(String type, Collection<Long> ids, boolean replies, boolean visibleOnly) {
        return comments.counts(type, ids, replies, visibleOnly);
    }

    public Mono<Map<Long, Reaction>> reactionsOf(Actor actor, Collection<Long> ids) {
        return actor.anonymous() ? Mono.just(Map.of()) : comments.reactionsOf(actor.subject(), ids);
    }

    public Mono<Map<Long, List<String[]>>> revisions(Collection<Long> ids) {
        return comments.revisions(ids);
    }

    /** The flag reasons of comments, newest first ({reason, ISO time}); callers show them to moderators only. */
    public Mono<Map<Long, List<String[]>>> flags(Collection<Long> ids) {
        return comments.flags(ids);
    }

    /** Whether the actor moderates the region a comment belongs to. */
    public boolean moderates(Actor actor, String regionCode) {
        return actor.has(Role.ADMIN) || (actor.has(Role.MODERATOR) && actor.inRegion(regionCode));
    }

    /** The moderation queue: flagged comments, not yet hidden, of the moderator's regions (all for administrators). */
    public Mono<Connection<Comment>> flagged(Actor actor, Page page) {
        access.requireScope(actor, Scope.MODERATE);
        if (!actor.has(Role.ADMIN) && !actor.has(Role.MODERATOR)) {
            return Mono.error(SelarasException.of(ErrorCode.FORBIDDEN, null));
        }
        return Flux.fromIterable(actor.regions()).concatMap(regions::regionByCode).map(Region::id).collectList()
                .flatMap(ids -> comments.flagged(ids, actor.has(Role.ADMIN), page));
    }

    /**
     * Comments awaiting an official response, for those who give it: an OPD officer sees those about their OPDs'
     * indicators, nodes and assigned aspirations; a planner those of their regions; an administrator all.
     */
    public Mono<Connection<Comment>> awaitingResponse(Actor actor, Page page) {
        access.requireScope(actor, Scope.READ);
        boolean admin = actor.has(Role.ADMIN);
        boolean planner = actor.has(Role.BAPPEDA_PLANNER);
        boolean officer = actor.has(Role.OPD_OFFICER);
        if (!admin && !planner && !officer) {
            return Mono.error(SelarasException.of(ErrorCode.FORBIDDEN, null));
        }
        return comments.awaitingResponse(admin, planner ? List.copyOf(actor.regions()) : List.of(),
                officer ? List.copyOf(actor.opds()) : List.of(), page);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    /** What {@link #add} needs. */
    public record NewComment(String subjectType, long subjectId, Long parentId, String body, Integer proposalYear,
                             Double proposalValue, boolean official, String idempotencyKey) {
    }

    public Mono<Comment> add(Actor actor, String address, NewComment in) {
        access.requireScope(actor, Scope.COMMENT);
        Checks checks = Checks.start();
        String body = body(checks, in.body());
        checks.number(in.proposalValue(), "input.proposal.value");
        return rateLimiter.check(actor, address, "comment")
                .then(subjects.resolve(actor, in.subjectType(), in.subjectId()))
                .flatMap(subject -> parent(in, subject).flatMap(parent -> official(actor, in, subject).flatMap(opdId -> {
                    long official = opdId;
                    checks.check(in.official() || subject.commentsOpen(), ErrorCode.NOT_OPEN_FOR_COMMENTS, "input.subjectId");
                    int depth = parent.map(p -> p.depth() + 1).orElse(0);
                    checks.check(depth <= properties.maxDepth(), ErrorCode.REPLY_TOO_DEEP, "input.parentId", properties.maxDepth());
                    if (in.proposalYear() != null || in.proposalValue() != null) {
                        checks.check("Indicator".equals(subject.type()) && in.proposalYear() != null && in.proposalValue() != null
                                && subject.periodStart() != null && in.proposalYear() >= subject.periodStart()
                                && in.proposalYear() <= subject.periodEnd(), ErrorCode.PROPOSAL_NOT_ALLOWED, "input.proposal");
                    }
                    checks.throwIfAny();
                    Comment draft = new Comment(0, subject.type(), subject.id(), subject.consultationId(), subject.regionId(),
                            parent.map(Comment::id).orElse(null), depth, actor.subject(), actor.name(), body,
                            in.proposalYear(), in.proposalValue(), in.official(), official > 0 ? official : null,
                            null, null, null, null, null, 0, 0, 0, 0, 0);
                    Mono<Long> create = comments.insert(draft).flatMap(c -> events.record(actor,
                            Change.created("Comment", c.id(), c.regionId(), subject.planVersionId(), c).about(topic(c)))
                            .thenReturn(c.id()));
                    return idempotency.once(actor, in.idempotencyKey(), "addComment", create, comments::find);
                })));
    }

    /** The author rewords a comment within the edit window; the earlier text is kept as a revision. */
    public Mono<Comment> edit(Actor actor, long id, int version, String text) {
        Checks checks = Checks.start();
        String body = body(checks, text);
        return own(actor, id).flatMap(before -> {
            checks.check(Duration.between(before.createdAt(), clock.instant()).compareTo(properties.editWindow()) <= 0,
                    ErrorCode.EDIT_WINDOW_CLOSED, null, properties.editWindow().toMinutes());
            checks.throwIfAny();
            return comments.edit(id, version, body).switchIfEmpty(Mono.error(SelarasException.conflict("Comment")))
                    .flatMap(after -> record(actor, Change.updated("Comment", id, after.regionId(), null, before, after), after));
        }).as(tx::transactional);
    }

    /** The author withdraws a comment; it stays, marked deleted, for the audit trail. */
    public Mono<Comment> delete(Actor actor, long id, int version) {
        return own(actor, id).flatMap(before -> comments.softDelete(id, version)
                        .switchIfEmpty(Mono.error(SelarasException.conflict("Comment")))
                        .flatMap(after -> record(actor, new Change("Comment", id, ChangeAction.DELETED, after.regionId(), null,
                                before, after), after)))
                .as(tx::transactional);
    }

    /** Sets (or, with null, withdraws) the actor's reaction: one per person and comment, changeable. */
    public Mono<Comment> react(Actor actor, String address, long id, Reaction reaction) {
        access.requireScope(actor, Scope.COMMENT);
        return rateLimiter.check(actor, address, "react").then(readable(actor, id)).flatMap(c -> {
            if (c.state() != CommentState.VISIBLE) {
                return Mono.error(SelarasException.of(ErrorCode.COMMENT_DELETED, "input.commentId"));
            }
            return subjects.resolve(actor, c.subjectType(), c.subjectId()).flatMap(subject -> {
                if (c.consultationId() != null && !c.consultationId().equals(subject.consultationId())) {
                    return Mono.error(SelarasException.of(ErrorCode.NOT_OPEN_FOR_COMMENTS, "input.commentId"));
                }
                return comments.react(id, actor.subject(), reaction).flatMap(after -> record(actor, new Change("Comment", id,
                        ChangeAction.UPDATED, after.regionId(), null, Map.of("reaction", String.valueOf(reaction)), after), after));
            });
        }).as(tx::transactional);
    }

    /** Anyone signed in may flag a comment for moderators, once, with a reason. */
    public Mono<Boolean> flag(Actor actor, String address, long id, String reason) {
        access.requireScope(actor, Scope.COMMENT);
        Checks checks = Checks.start();
        String r = checks.text(reason, "input.reason", 500);
        checks.throwIfAny();
        return rateLimiter.check(actor, address, "flag").then(readable(actor, id))
                .flatMap(c -> comments.flag(id, actor.subject(), r).flatMap(first -> !first ? Mono.just(false)
                        : events.record(actor, new Change("CommentFlag", id, ChangeAction.CREATED, c.regionId(), null, null,
                                Map.of("reason", r))).thenReturn(true)))
                .as(tx::transactional);
    }

    public Mono<Comment> hide(Actor actor, long id, int version, String reason) {
        Checks checks = Checks.start();
        String r = checks.text(reason, "input.reason", 500);
        return moderating(actor, id).flatMap(before -> {
            checks.check(before.hiddenAt() == null, ErrorCode.ALREADY_HIDDEN, null);
            checks.throwIfAny();
            return comments.hide(id, version, r, actor.auditName()).switchIfEmpty(Mono.error(SelarasException.conflict("Comment")))
                    .flatMap(after -> record(actor, new Change("Comment", id, ChangeAction.STATUS_CHANGED, after.regionId(), null,
                            before, after), after));
        }).as(tx::transactional);
    }

    public Mono<Comment> restore(Actor actor, long id, int version) {
        return moderating(actor, id).flatMap(before -> {
            if (before.hiddenAt() == null) {
                return Mono.error(SelarasException.of(ErrorCode.NOT_HIDDEN, null));
            }
            return comments.restore(id, version).switchIfEmpty(Mono.error(SelarasException.conflict("Comment")))
                    .flatMap(after -> record(actor, new Change("Comment", id, ChangeAction.STATUS_CHANGED, after.regionId(), null,
                            before, after), after));
        }).as(tx::transactional);
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    private static String body(Checks checks, String text) {
        String body = checks.text(text, "input.body", CommentText.MAX_LENGTH);
        return body == null ? null : CommentText.normalise(body);
    }

    private Mono<java.util.Optional<Comment>> parent(NewComment in, Subject subject) {
        if (in.parentId() == null) {
            return Mono.just(java.util.Optional.empty());
        }
        return comments.find(in.parentId())
                .filter(p -> p.subjectType().equals(subject.type()) && p.subjectId() == subject.id())
                .switchIfEmpty(Mono.error(SelarasException.notFound("Comment", in.parentId())))
                .flatMap(p -> p.state() == CommentState.DELETED
                        ? Mono.error(SelarasException.of(ErrorCode.COMMENT_DELETED, "input.parentId"))
                        : Mono.just(java.util.Optional.of(p)));
    }

    /**
     * An official response comes from an officer of one of the subject's responsible OPDs; where the subject has none
     * (a consultation, a whole version, an unassigned aspiration) from a planner of the region. Emits the OPD id, or 0.
     */
    private Mono<Long> official(Actor actor, NewComment in, Subject subject) {
        if (!in.official()) {
            return Mono.just(0L);
        }
        for (String code : subject.officialOpdCodes()) {
            if (actor.has(Role.OPD_OFFICER) && actor.memberOf(subject.regionCode(), code)) {
                return regions.opdsOfRegions(List.of(subject.regionId())).map(m -> m.getOrDefault(subject.regionId(), List.of())
                        .stream().filter(o -> o.code().equals(code)).findFirst().map(o -> o.id()).orElse(0L));
            }
        }
        if (subject.officialOpdCodes().isEmpty() && access.isPlanner(actor, subject.regionCode())) {
            return Mono.just(0L);
        }
        return Mono.error(SelarasException.of(ErrorCode.OFFICIAL_NOT_ALLOWED, "input.official"));
    }

    private Mono<Comment> readable(Actor actor, long id) {
        return comment(actor, id).switchIfEmpty(Mono.error(SelarasException.notFound("Comment", id)));
    }

    private Mono<Comment> own(Actor actor, long id) {
        access.requireScope(actor, Scope.COMMENT);
        return readable(actor, id).flatMap(c -> {
            if (!c.author().equals(actor.subject())) {
                return Mono.error(SelarasException.of(ErrorCode.NOT_YOUR_COMMENT, null));
            }
            if (c.deletedAt() != null) {
                return Mono.error(SelarasException.of(ErrorCode.COMMENT_DELETED, null));
            }
            return Mono.just(c);
        });
    }

    private Mono<Comment> moderating(Actor actor, long id) {
        access.requireScope(actor, Scope.MODERATE);
        return comments.find(id).switchIfEmpty(Mono.error(SelarasException.notFound("Comment", id)))
                .flatMap(c -> (c.regionId() == null ? Mono.just("") : regions.region(c.regionId()).map(Region::code))
                        .flatMap(code -> moderates(actor, code) ? Mono.just(c)
                                : Mono.error(SelarasException.of(ErrorCode.FORBIDDEN, null))));
    }

    private Mono<Comment> record(Actor actor, Change change, Comment after) {
        return events.record(actor, change.about(topic(after))).thenReturn(after);
    }

    static Change.Topic topic(Comment c) {
        return new Change.Topic(c.subjectType(), c.subjectId(), c.consultationId(), null);
    }
}
