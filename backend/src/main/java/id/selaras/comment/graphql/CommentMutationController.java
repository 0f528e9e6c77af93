package id.selaras.comment.graphql;

import java.util.List;

import id.selaras.comment.Comment;
import id.selaras.comment.CommentService;
import id.selaras.comment.Reaction;
import id.selaras.comment.Subject;
import id.selaras.common.Connection;
import id.selaras.common.ErrorCode;
import id.selaras.common.GlobalId;
import id.selaras.common.Page;
import id.selaras.common.SelarasException;
import id.selaras.node.NodeLoader;
import id.selaras.security.Actor;
import id.selaras.security.CurrentActor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The comment mutations, the moderation queue, and {@code node(id:)} for comments. */
@Controller
class CommentMutationController implements NodeLoader {

    private final CommentService comments;

    CommentMutationController(CommentService comments) {
        this.comments = comments;
    }

    @MutationMapping
    Mono<CommentPayload> addComment(@Argument AddInput input, @ContextValue(required = false) String clientAddress) {
        return Mono.defer(() -> {
            GlobalId subject = GlobalId.parse(input.subjectId());
            if (subject == null || !Subject.TYPES.contains(subject.type())) {
                return Mono.error(SelarasException.of(ErrorCode.INVALID_ID, "input.subjectId", "Commentable"));
            }
            Long parent = GlobalId.decodeOptional("Comment", input.parentId(), "input.parentId");
            return CurrentActor.get().flatMap(actor -> comments.add(actor, clientAddress, new CommentService.NewComment(
                    subject.type(), subject.id(), parent, input.body(), input.proposal() == null ? null : input.proposal().year(),
                    input.proposal() == null ? null : input.proposal().value(), Boolean.TRUE.equals(input.official()),
                    input.idempotencyKey())));
        }).map(CommentPayload::new);
    }

    @MutationMapping
    Mono<CommentPayload> editComment(@Argument EditInput input) {
        return CurrentActor.get().flatMap(actor -> comments.edit(actor, GlobalId.decode("Comment", input.id(), "input.id"),
                input.version(), input.body())).map(CommentPayload::new);
    }

    @MutationMapping
    Mono<CommentPayload> deleteComment(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> comments.delete(actor, GlobalId.decode("Comment", input.id(), "input.id"),
                input.version())).map(CommentPayload::new);
    }

    @MutationMapping
    Mono<CommentPayload> reactToComment(@Argument ReactInput input, @ContextValue(required = false) String clientAddress) {
        return CurrentActor.get().flatMap(actor -> comments.react(actor, clientAddress,
                GlobalId.decode("Comment", input.commentId(), "input.commentId"), input.reaction())).map(CommentPayload::new);
    }

    @MutationMapping
    Mono<FlagPayload> flagComment(@Argument FlagInput input, @ContextValue(required = false) String clientAddress) {
        return CurrentActor.get().flatMap(actor -> comments.flag(actor, clientAddress,
                GlobalId.decode("Comment", input.commentId(), "input.commentId"), input.reason())).map(FlagPayload::new);
    }

    @MutationMapping
    Mono<CommentPayload> hideComment(@Argument HideInput input) {
        return CurrentActor.get().flatMap(actor -> comments.hide(actor, GlobalId.decode("Comment", input.id(), "input.id"),
                input.version(), input.reason())).map(CommentPayload::new);
    }

    @MutationMapping
    Mono<CommentPayload> restoreComment(@Argument VersionedInput input) {
        return CurrentActor.get().flatMap(actor -> comments.restore(actor, GlobalId.decode("Comment", input.id(), "input.id"),
                input.version())).map(CommentPayload::new);
    }

    @QueryMapping
    Mono<Connection<Comment>> flaggedComments(@Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            return CurrentActor.get().flatMap(actor -> comments.flagged(actor, page));
        });
    }

    @QueryMapping
    Mono<Connection<Comment>> commentsAwaitingResponse(@Argument Integer first, @Argument String after) {
        return Mono.defer(() -> {
            Page page = Page.of(first, after);
            return CurrentActor.get().flatMap(actor -> comments.awaitingResponse(actor, page));
        });
    }

    @Override
    public String type() {
        return "Comment";
    }

    @Override
    public Mono<?> load(Actor actor, long id) {
        return comments.comment(actor, id);
    }

    record ProposalInput(int year, double value) {
    }

    record AddInput(String subjectId, String parentId, String body, ProposalInput proposal, Boolean official,
                    String idempotencyKey) {
    }

    record EditInput(String id, int version, String body) {
    }

    record VersionedInput(String id, int version) {
    }

    record ReactInput(String commentId, Reaction reaction) {
    }

    record FlagInput(String commentId, String reason) {
    }

    record HideInput(String id, int version, String reason) {
    }

    record CommentPayload(Comment comment) {
    }

    record FlagPayload(boolean flagged) {
    }

}
