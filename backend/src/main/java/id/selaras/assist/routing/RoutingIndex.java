package id.selaras.assist.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.selaras.assist.text.IndonesianText;
import id.selaras.assist.text.IndonesianText.Token;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of one plan version's programs (BM25, Indonesian stemmer), and the router over it: an
 * aspiration's words (normalised, expanded with the thesaurus) are searched in the programs' titles, indicator names
 * and definitions; the best hits are re-ranked by what officers confirmed and rejected before. Immutable once built;
 * safe for concurrent searches.
 */
public final class RoutingIndex {

    static final String TITLES = "titles";
    static final String INDICATORS = "indicators";
    static final String DEFINITIONS = "definitions";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(TITLES, 2.0f, INDICATORS, 1.5f, DEFINITIONS, 0.6f);
    /** A word that only matched through the thesaurus counts this much of a word the citizen wrote. */
    private static final float SYNONYM_WEIGHT = 0.7f;
    private static final int CANDIDATES = 20;

    private final PlanCorpus corpus;
    private final IndexSearcher searcher;
    private final List<Set<String>> targetStems = new ArrayList<>();
    private final List<List<Set<String>>> indicatorStems = new ArrayList<>();

    public RoutingIndex(PlanCorpus corpus) {
        this.corpus = corpus;
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(IndonesianText.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < corpus.targets().size(); i++) {
                PlanCorpus.Target t = corpus.targets().get(i);
                String titles = IndonesianText.normalise(String.join(" . ", t.titles()));
                String indicators = IndonesianText.normalise(String.join(" . ",
                        t.indicators().stream().map(PlanCorpus.Item::name).toList()));
                String definitions = IndonesianText.normalise(String.join(" . ", t.descriptions()) + " . " + String.join(" . ",
                        t.indicators().stream().map(it -> it.definition() == null ? "" : it.definition()).toList()));
                Document doc = new Document();
                doc.add(new StoredField("i", i));
                doc.add(new TextField(TITLES, titles, Field.Store.NO));
                doc.add(new TextField(INDICATORS, indicators, Field.Store.NO));
                doc.add(new TextField(DEFINITIONS, definitions, Field.Store.NO));
                writer.addDocument(doc);
                Set<String> stems = new HashSet<>(IndonesianText.stems(titles));
                stems.addAll(IndonesianText.stems(indicators));
                stems.addAll(IndonesianText.stems(definitions));
                targetStems.add(stems);
                List<Set<String>> perIndicator = new ArrayList<>();
                for (PlanCorpus.Item it : t.indicators()) {
                    perIndicator.add(new HashSet<>(IndonesianText.stems(it.name())));
                }
                indicatorStems.add(perIndicator);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PlanCorpus corpus() {
        return corpus;
    }

    /** The stems the router and the feedback use for an aspiration's text (without thesaurus words). */
    public static Set<String> stemsOf(String text) {
        Set<String> stems = new LinkedHashSet<>();
        IndonesianText.tokens(text).forEach(t -> stems.add(t.stem()));
        return stems;
    }

    /** The top {@code k} programs for an aspiration's text, best first; empty when no word matched. */
    public List<Suggestion> suggest(String text, int k, Feedback feedback) {
        return suggest(text, k, feedback, true);
    }

    /** {@link #suggest}, optionally without the thesaurus (to measure what it adds). */
    public List<Suggestion> suggest(String text, int k, Feedback feedback, boolean thesaurus) {
        List<Token> tokens = thesaurus ? IndonesianText.expandedTokens(text) : IndonesianText.tokens(text);
        Map<String, Float> weights = new LinkedHashMap<>();
        for (Token t : tokens) {
            weights.merge(t.stem(), t.via() == null ? 1f : SYNONYM_WEIGHT, Math::max);
        }
        if (weights.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weights.forEach((stem, w) -> FIELD_BOOSTS.forEach((field, boost) -> query.add(
                new BoostQuery(new TermQuery(new Term(field, stem)), boost * w), BooleanClause.Occur.SHOULD)));
        Set<String> ownStems = new LinkedHashSet<>();
        tokens.stream().filter(t -> t.via() == null).forEach(t -> ownStems.add(t.stem()));
        List<Scored> scored = new ArrayList<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
                int i = searcher.storedFields().document(hit.doc).getField("i").numericValue().intValue();
                scored.add(rescore(i, hit.score, tokens, ownStems, feedback));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Suggestion> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
            out.add(suggestion(out.size() + 1, s, tokens, feedback));
        }
        return out;
    }

    private record Scored(int target, double score, int confirmations, int rejections) {
    }

    private Scored rescore(int i, float bm25, List<Token> tokens, Set<String> ownStems, Feedback feedback) {
        PlanCorpus.Target t = corpus.targets().get(i);
        int confirmedNode = 0;
        int rejected = 0;
        double boost = 0;
        double penalty = 0;
        for (String stem : ownStems) {
            int c = feedback.confirmedNode(t.nodeId(), stem);
            int r = feedback.rejectedNode(t.nodeId(), stem);
            confirmedNode += c;
            rejected += r;
            boost += 0.3 * Math.log1p(c);
            penalty += 0.5 * Math.log1p(r);
            double opdBest = 0;
            for (Long opd : t.opdIds()) {
                opdBest = Math.max(opdBest, Math.log1p(feedback.confirmedOpd(opd, stem)));
            }
            boost += 0.1 * opdBest;
        }
        // bounded: feedback can lift a hit at most 3x and push it down at most 4x
        double factor = Math.min(3.0, 1 + boost) / Math.min(4.0, 1 + penalty);
        return new Scored(i, bm25 * factor, confirmedNode, rejected);
    }

    private Suggestion suggestion(int rank, Scored s, List<Token> tokens, Feedback feedback) {
        PlanCorpus.Target t = corpus.targets().get(s.target());
        Set<String> stems = targetStems.get(s.target());
        Map<String, String> matched = new LinkedHashMap<>();
        Set<String> matchedStems = new HashSet<>();
        for (Token tok : tokens) {
            if (stems.contains(tok.stem())) {
                matchedStems.add(tok.stem());
                String label = tok.via() == null ? tok.word() : tok.via() + "→" + tok.word();
                matched.putIfAbsent(tok.via() == null ? tok.stem() : tok.via() + "→" + tok.stem(), label);
            }
        }
        // a word the citizen wrote that matched makes its thesaurus expansions redundant in the explanation
        List<String> labels = new ArrayList<>();
        Set<String> ownMatched = new HashSet<>();
        tokens.stream().filter(tok -> tok.via() == null && stems.contains(tok.stem())).forEach(tok -> ownMatched.add(tok.word()));
        matched.values().forEach(l -> {
            int arrow = l.indexOf('→');
            if (arrow < 0 || !ownMatched.contains(l.substring(arrow + 1))) {
                labels.add(l);
            }
        });
        int best = -1;
        double bestScore = 0;
        List<Set<String>> perIndicator = indicatorStems.get(s.target());
        for (int j = 0; j < perIndicator.size(); j++) {
            double sc = 0;
            for (String st : matchedStems) {
                if (perIndicator.get(j).contains(st)) {
                    sc += 1;
                }
            }
            sc = sc / Math.sqrt(1 + perIndicator.get(j).size());
            if (sc > bestScore) {
                bestScore = sc;
                best = j;
            }
        }
        PlanCorpus.Item item = best >= 0 ? t.indicators().get(best) : null;
        Long opd = opd(t, item, matchedStems, feedback);
        return new Suggestion(rank, t.nodeId(), t.code(), t.title(), item == null ? null : item.indicatorId(),
                item == null ? null : item.name(), opd, s.score(), labels, s.confirmations(), s.rejections());
    }

    /** The OPD confirmed most often for these words among the target's; else the lead OPD of the matched indicator. */
    private static Long opd(PlanCorpus.Target t, PlanCorpus.Item item, Set<String> stems, Feedback feedback) {
        Map<Long, Integer> votes = new HashMap<>();
        Set<Long> candidates = new LinkedHashSet<>(t.opdIds());
        if (item != null) {
            candidates.addAll(item.opdIds());
        }
        for (Long opd : candidates) {
            int c = 0;
            for (String st : stems) {
                c += feedback.confirmedOpd(opd, st);
            }
            if (c > 0) {
                votes.put(opd, c);
            }
        }
        if (!votes.isEmpty()) {
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        if (item != null && !item.opdIds().isEmpty()) {
            return item.opdIds().get(0);
        }
        return t.opdIds().isEmpty() ? null : t.opdIds().get(0);
    }
}
