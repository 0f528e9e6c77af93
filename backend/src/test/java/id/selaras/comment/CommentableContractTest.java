package id.selaras.comment;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import id.selaras.IntegrationTest;
import id.selaras.testing.Api;
import id.selaras.testing.Fixtures;
import id.selaras.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The one contract every Commentable type keeps: comment, reply, react, edit, delete, count — the same way. */
@IntegrationTest
class CommentableContractTest {

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    /** A subject of each commentable type, in a world with an open consultation. */
    static Stream<String> types() {
        return Stream.of("Indicator", "CascadeNode", "PlanVersion", "Consultation", "Aspiration");
    }

    record Setup(String subjectId, HttpGraphQlTester citizen) {
    }

    Setup setup(String type) {
        Fixtures.World w = fixtures.world();
        Fixtures.Chain chain = fixtures.chain(w);
        var indicator = fixtures.indicator(chain.sasaran(), "Angka kesakitan", id.selaras.indicator.Polarity.LOWER_IS_BETTER,
                id.selaras.indicator.Aggregation.LATEST, Fixtures.targets(12, 11, 10, 9, 8));
        var consultation = fixtures.consultation(w);
        String citizen = "warga-" + UUID.randomUUID();
        Function<String, String> ids = t -> switch (t) {
            case "Indicator" -> Fixtures.id("Indicator", indicator.id());
            case "CascadeNode" -> Fixtures.id("CascadeNode", chain.program().id());
            case "PlanVersion" -> w.draftId();
            case "Consultation" -> Fixtures.id("Consultation", consultation.id());
            default -> Fixtures.id("Aspiration", fixtures.aspiration(w, citizen).id());
        };
        return new Setup(ids.apply(type), new Api(port).as(TestTokens.citizen(citizen)));
    }

    static final String ADD = """
            mutation($in: AddCommentInput!) { addComment(input: $in) { comment { id version body state author { name } mine
              subject { id } } } }""";
    static final String THREAD = """
            query($id: ID!) { node(id: $id) { ... on Commentable { commentCount comments(first: 10) { totalCount edges { node {
              id body state agreeCount myReaction replyCount editedAt revisions { body }
              replies { totalCount edges { node { body parent { id } } } } } } } } } }""";

    @ParameterizedTest
    @MethodSource("types")
    void everyCommentableTakesCommentsRepliesReactionsEditsAndDeletions(String type) {
        Setup s = setup(type);
        var added = s.citizen().document(ADD).variable("in", Map.of("subjectId", s.subjectId(), "body", "Target ini terlalu **rendah**."))
                .execute();
        added.errors().verify();
        String commentId = added.path("addComment.comment.id").entity(String.class).get();
        added.path("addComment.comment.mine").entity(Boolean.class).isEqualTo(true);
        added.path("addComment.comment.subject.id").entity(String.class).isEqualTo(s.subjectId());

        s.citizen().document(ADD).variable("in", Map.of("subjectId", s.subjectId(), "parentId", commentId, "body", "Setuju."))
                .execute().errors().verify();
        s.citizen().document("mutation($in: ReactToCommentInput!) { reactToComment(input: $in) { comment { agreeCount } } }")
                .variable("in", Map.of("commentId", commentId, "reaction", "AGREE")).execute()
                .path("reactToComment.comment.agreeCount").entity(Integer.class).isEqualTo(1);
        s.citizen().document("mutation($in: EditCommentInput!) { editComment(input: $in) { comment { body editedAt } } }")
                .variable("in", Map.of("id", commentId, "version", 0, "body", "Target ini terlalu rendah, naikkan."))
                .execute().path("editComment.comment.editedAt").hasValue();

        var thread = s.citizen().document(THREAD).variable("id", s.subjectId()).execute();
        thread.errors().verify();
        thread.path("node.commentCount").entity(Integer.class).isEqualTo(1);
        thread.path("node.comments.edges[0].node.body").entity(String.class).isEqualTo("Target ini terlalu rendah, naikkan.");
        thread.path("node.comments.edges[0].node.myReaction").entity(String.class).isEqualTo("AGREE");
        thread.path("node.comments.edges[0].node.replyCount").entity(Integer.class).isEqualTo(1);
        thread.path("node.comments.edges[0].node.replies.edges[0].node.parent.id").entity(String.class).isEqualTo(commentId);
        thread.path("node.comments.edges[0].node.revisions[0].body").entity(String.class).isEqualTo("Target ini terlalu **rendah**.");

        s.citizen().document("mutation($in: DeleteCommentInput!) { deleteComment(input: $in) { comment { state body } } }")
                .variable("in", Map.of("id", commentId, "version", 1)).execute()
                .path("deleteComment.comment.state").entity(String.class).isEqualTo("DELETED");
        var after = s.citizen().document(THREAD).variable("id", s.subjectId()).execute();
        after.path("node.commentCount").entity(Integer.class).isEqualTo(0);
        after.path("node.comments.edges[0].node.state").entity(String.class).isEqualTo("DELETED");
        after.path("node.comments.edges[0].node.body").valueIsNull();
        assertThat(after.path("node.comments.totalCount").entity(Integer.class).get()).isEqualTo(1);
    }
}
