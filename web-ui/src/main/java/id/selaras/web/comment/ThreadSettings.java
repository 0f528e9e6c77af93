package id.selaras.web.comment;

import java.util.List;

/**
 * What a thread allows on its page.
 *
 * @param subjectId     the Commentable the thread belongs to
 * @param signedIn      whether the person may write (anonymous visitors see a sign-in link)
 * @param official      whether the person answers for the responsible OPD (shows "Tanggapan resmi")
 * @param proposalYears the years a target may be proposed for, each with its current target as text; empty: no proposals
 * @param unit          the indicator's unit, for proposals
 */
public record ThreadSettings(String subjectId, boolean signedIn, boolean official, List<ProposalYear> proposalYears,
                             String unit) {

    /** Replies go at most this deep (the backend's {@code selaras.comment.max-depth}). */
    public static final int MAX_DEPTH = 3;

    public record ProposalYear(int year, String currentTarget) {
    }

    public static ThreadSettings plain(String subjectId, boolean signedIn) {
        return new ThreadSettings(subjectId, signedIn, false, List.of(), null);
    }
}
