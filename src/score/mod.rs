//! Stage 3: a score for every sentence, from named features a caller can inspect.
//!
//! Features (each in 0..=1, see [`Features`]):
//!
//! - **SC-1 facts** — the salience of the sentence's key facts: each fact weighs by its kind
//!   (money and percentages most, entities least) and grows with how often the same fact
//!   recurs in the article; a vague fact ("hundreds", "Thursday") weighs half. Selection
//!   counts each fact once (SEL-7 in [`select`](crate::select)).
//! - **SC-2 centrality** — how much of the article's recurring vocabulary the sentence holds:
//!   content words, stop words removed, stemmed with Snowball, weighted by the number of other
//!   sentences that share them. A word of more than five letters shares only a stem that
//!   begins as it does ("nationally" → "nation", not "upping" → "up"), so the words that
//!   begin like no other word of the article are terms of their own without stemming. Stems
//!   are remembered across calls (`stems.rs`): the next article, or the same one a keystroke
//!   later, stems almost nothing.
//! - **SC-3 position** — news puts the most important facts first, so weight decays with the
//!   sentence's rank among the content sentences of the article, or of its section when a
//!   heading opens one (under a subheading, news again leads with its point), and with the
//!   budget (SC-6). A byline after at most two sentences ends a pasted page's standfirst (its
//!   "dek"): the lede below it ranks first as well. A summary with no room for a sentence of
//!   every section (fewer sentences than sections) leads with the article's own lead: there a
//!   section's lead ranks second,
//!   and the rest of the section after it (a one-sentence summary of release notes comes from
//!   their opening paragraph, not from the "Run the migration on each node." that opens their
//!   last section).
//! - **SC-4 length** — very short sentences say little and very long ones cost the budget. A
//!   question, and in English a sentence of up to eight words without a verb, announces what
//!   follows rather than saying it ("How busy has the food bank been?", "Quick update on the
//!   office move.", "Eight minutes of sheer terror."): it weighs half in a short summary, less
//!   so as SC-6 lets the position weight go (CNN at one sentence: R-1 26.64 → 27.43, at three
//!   31.30 → 31.36; BBC at matched length 85.66 → 85.65). So does a short line that a scraper
//!   closed with a full stop after a space, a headline or a link title kept as a line
//!   ("Unreleased Kurt Cobain song to appear on 'Montage of Heck' soundtrack ."): about 90 such
//!   lines stand in the 200 CNN texts (7 in the 2,127 BBC texts), and one had made a summary
//!   (CNN at three sentences 31.36 / 12.93 / 21.26 → 31.37 / 12.92 / 21.26, BBC at matched
//!   length 85.65 → 85.66 R-1).
//! - **SC-5 overlap** — how much the sentence has in common with each of the others: the sum of
//!   the Dice coefficients of its content stems with theirs (TextRank's graph, whose ranking on
//!   an undirected graph follows this weighted degree), computed stem by stem in linear time.
//!   A sentence that restates what the rest of the article is about is the one a summary needs.
//!   As SC-6 lets the position weight go, the terms move from stems to the words as written
//!   (lowercased), which keep apart what stemming merges (`overlap_mix`).
//! - **SC-6 budget share** — the position weight shrinks as the summary's share of the article
//!   grows (1 / (1 + (share / [`Weights::lead_share`])^[`Weights::lead_steepness`]), folded
//!   into `features.position`): a few sentences of a long article are best taken from its
//!   lead, but a summary that must hold nearly half of it has to cover what the body is about;
//!   the SC-5 overlap and SC-2 centrality weights grow as the position weight gives way
//!   ([`Weights::overlap_boost`]). The step is steep: a summary of three sentences of eight keeps
//!   86% of the position weight, nine of twenty 25%, half of the article 6%. The share is known only once the budget is
//!   ([`fit_to_budget`]); [`score`] alone leaves the weights whole.
//! - **SC-7 reporting verbs** — the terms of SC-2 and SC-5 are the content stems, stop words
//!   left out, except that "said", "says" and "say" count: news attributes what it reports,
//!   and the sentences that carry a statement and its source link up through them.
//! - **SC-8 acronyms** — a word of two or more letters written all in capitals ("US", "IT",
//!   "WHO") is a name, not the stop word it spells in lower case, so it is a term of SC-2 and
//!   SC-5: the sentences about the US link up through "US" as they would through "Japan".
//! - **SC-9 content words of the stop list** — for SC-5 over the words as written (the degree
//!   a summary that follows the body uses, SC-6), only function words are left out: the
//!   quantifiers, modal verbs, light verbs and adverbs of the stop list that still say
//!   something ("many", "new", "last", "would", "also", …) are terms there. Over stems (SC-2,
//!   the SC-5 of a short summary, SEL-3) the whole stop list stays out.
//! - **SC-10 other languages' function words** — in German, French, Spanish, Italian, Dutch,
//!   Russian, Polish, Portuguese, Ukrainian, Danish and Norwegian text (the `language` option,
//!   or else the guess of SEG-18) the language's own function words ("und", "der", "que",
//!   "les", "het", "og") are no terms either, or the sentences richest in them would be the
//!   most central; SC-9's content words of the English list do not apply there. French and
//!   Italian elisions are not part of the term ("l'économie" is "économie", "dell'anno" is
//!   "anno").
//!
//! Non-content lines get score 0 and carry the rule that excluded them ([`Excluded`]).

mod centrality;
mod stems;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use serde::Serialize;

use crate::facts::{Fact, FactKind, FactValue};
use crate::segment::swar::contains_ignoring_ascii_case;
use crate::segment::{Sentence, SentenceKind};
use crate::word_hash::WordHasher;
use crate::wordset::{word_set, WordSet};
use centrality::{centrality, dice_degrees, sentence_counts, shared_terms, TermIds, TermLists};

/// Why a sentence was scored as it was.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Features {
    /// SC-1: salience of the key facts the sentence holds, 0..=1.
    pub facts: f64,
    /// SC-2: content-word centrality, 0..=1.
    pub centrality: f64,
    /// SC-3: position weight, 0..=1 (1 for the first content sentence).
    pub position: f64,
    /// SC-4: length factor, 0..=1 (1 for sentences of a usual length).
    pub length: f64,
    /// SC-5: overlap with the other sentences (Dice degree), 0..=1 (1 for the most connected).
    pub overlap: f64,
    /// The rule that marks the sentence as not article content, if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excluded: Option<Excluded>,
}

/// Rules for lines that are not article content (NC-1 … NC-11). Such lines never make a summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Excluded {
    /// NC-1: a heading.
    Heading,
    /// NC-2: a feed trailer, "The post … appeared first on …".
    FeedTrailer,
    /// NC-3: a call to action: "Read more", "Sign up for …", "Subscribe", "Click here", …, a
    /// pasted web page's navigation and cookie banner ("Skip to main content", "We use
    /// cookies …", "Accept all cookies"), also in SC-10's languages ("Weiterlesen", "Lire aussi",
    /// "Wir verwenden Cookies …"), and a press release's notes to editors ("FOR IMMEDIATE
    /// RELEASE", "NEWS RELEASE", "Contact: …").
    CallToAction,
    /// NC-4: a rights notice: "All rights reserved" (and "Alle Rechte vorbehalten", "Tous
    /// droits réservés", …), "© 2025 …", "… is not responsible for the content of external
    /// sites".
    Rights,
    /// NC-5: a byline: "By Jane Smith", "Reporting by …", and the timestamp beside it
    /// ("Published 3 hours ago").
    Byline,
    /// NC-6: a photo or image credit or caption: "Photo: …", "(Getty Images)", "Image caption, …".
    PhotoCredit,
    /// NC-7: a lead-in, ending with a colon: "The proposals include:", "Here is a quote: ." (a
    /// scraper's full stop after a list or quotation it dropped), a short sentence that points
    /// ahead ("Here's what we know."), or an interview's question ("Q: What do you need
    /// most?"). It promises what follows, so alone in a summary it says nothing.
    LeadIn,
    /// NC-8: a press release's boilerplate: what stands under the heading "About …",
    /// "Forward-looking statements", "Safe harbor statement", "Media contact", "Notes to
    /// editors" and the like, up to the next heading; an encyclopedia article's back matter,
    /// under "See also", "Notes", "References", "Further reading", "External links"; a note
    /// that a reference mark opens ("\[1\] Measured on …", "^ \"Title\". Publisher."); and an
    /// e-mail's signature and the earlier message its reply quotes.
    Boilerplate,
    /// NC-9: a fragment: a line of one or two words, no digit and no final punctuation
    /// ("news", "Share", "Met Office"): a tag or a menu item, not a sentence.
    Fragment,
    /// NC-10: code and tables: the lines of a fenced code block (between lines opening with
    /// ```` ``` ```` or `~~~`), the rows of a Markdown table (`| … |`), an HTML comment
    /// (`<!-- … -->`) and a Markdown file's front matter (between `---` or `+++` lines).
    Code,
    /// NC-11: a running head or foot, as text pasted from a PDF repeats it on every page
    /// ("Harbor Authority Annual Report 2025   3", "Page 4 of 12"): a short line set apart,
    /// with a number, that stands in the text again with only its numbers changed.
    RunningHead,
}

impl Excluded {
    /// Whether a line excluded by this rule still belongs to the article, so that its facts
    /// are the article's: a heading, a lead-in ("The $5 billion package includes:"). Page
    /// furniture, bylines, credits, boilerplate, tags and code do not.
    pub fn is_article(self) -> bool {
        matches!(self, Excluded::Heading | Excluded::LeadIn)
    }
}

/// A scored sentence: its score, the features behind it, and what selection needs.
#[derive(Clone, Debug, Default)]
pub struct Scored {
    /// Its rank among the content sentences of its section (0 for the first after the start
    /// or a heading), `None` if excluded.
    pub rank: Option<usize>,
    /// SC-3: the number of headings between the article's first content sentence and this
    /// sentence (0 in the article's first section).
    pub section: usize,
    /// The combined score; 0 for excluded sentences.
    pub score: f64,
    /// The features that make up the score.
    pub features: Features,
    /// The sentence's distinct content stems, as sorted ids (for the near-duplicate test).
    pub terms: Vec<u32>,
    /// The number of words.
    pub words: usize,
    /// SC-4: whether it announces rather than says: a question, or a short sentence without a
    /// verb.
    pub announces: bool,
    /// SC-2 before damping and scaling (see [`Weights::centrality_damping`]).
    pub shared_terms: f64,
    /// SC-5 before the budget is known: the Dice degree over content stems and over content
    /// words as written (lowercased), each scaled to 0..=1; see `overlap_mix`.
    pub overlaps: [f64; 2],
    /// SC-1 per fact, so selection can discount facts a chosen sentence already covers.
    pub fact_items: Vec<FactItem>,
    /// How much one unit of `features.facts` adds to `score` (the facts weight × length).
    pub fact_factor: f64,
}

/// One fact's part in a sentence's SC-1 salience.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FactItem {
    /// The fact's id, equal for every mention of the same fact in the article.
    pub id: u32,
    /// Its kind.
    pub kind: FactKind,
    /// 1 + ln(mentions of the fact in the article), halved for a vague fact.
    pub recurrence: f64,
    /// Whether it is a figure or a date of its own: a counted or measured amount ("68 teams",
    /// "60 days") or any date ("July 17", "the 1900s", "on Tuesday", "last week"); SEL-8 keeps
    /// such a sentence.
    pub figure: bool,
    /// Its share of the sentence's `features.facts`.
    pub share: f64,
}

/// How the features combine into a score: the fitted model, small enough to compile in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// Weight of SC-1, key-fact salience.
    pub facts: f64,
    /// Weight of SC-2, centrality.
    pub centrality: f64,
    /// Weight of SC-3, position.
    pub position: f64,
    /// Weight of SC-5, overlap with the other sentences.
    pub overlap: f64,
    /// SC-6: how much the overlap weight grows as the position weight gives way: it is
    /// multiplied by 1 + overlap_boost × (1 − the budget's lead factor).
    pub overlap_boost: f64,
    /// SC-3: the content-sentence rank at which the position weight has halved.
    pub position_halving: f64,
    /// SC-6: the budget share (summary sentences / content sentences) at which the position
    /// weight has fallen to half: it is multiplied by 1 / (1 + (share / lead_share)^p), with p
    /// the [`lead_steepness`](Weights::lead_steepness), a step that leaves small budgets on
    /// the lead.
    pub lead_share: f64,
    /// SC-6: the power p of the step: the higher, the sharper the turn from the lead to the
    /// body around `lead_share`.
    pub lead_steepness: f64,
    /// SC-2: centrality is divided by the number of distinct stems to this power: 0 lets long
    /// sentences win by holding more, 1 is an average per stem.
    pub centrality_damping: f64,
    /// SC-1: what one mention of an entity weighs, where money and percentages weigh 1.
    pub entity_weight: f64,
    /// SC-1: what one mention of a quantity ("six patients", "1,200 jobs") weighs.
    pub quantity_weight: f64,
    /// SC-1: what one mention of a date ("July 17", "2014") weighs.
    pub date_weight: f64,
}

/// The weights Nutshell uses: the best of `cargo run --release --example fit -- CNN:3
/// BBC:ref --limit 400 --min-facts 0.1 --floor 0.3 --must aws-layoffs.txt='$29.3 billion'`
/// over the grid in eval/README.md: some weight on key facts, because they are what Nutshell
/// promises to keep, and the product's acceptance article keeps its key figure.
pub const WEIGHTS: Weights = Weights {
    facts: 0.1,
    centrality: 0.0,
    position: 0.6,
    overlap: 0.3,
    overlap_boost: 16.0,
    position_halving: 1.0,
    lead_share: 0.42,
    lead_steepness: 16.0,
    centrality_damping: 0.75,
    entity_weight: 0.1,
    quantity_weight: 0.6,
    date_weight: 0.4,
};

/// Scores every sentence of `text` with the fitted [`WEIGHTS`], with the stop words of the
/// language SEG-18 guesses (SC-10).
pub fn score(text: &str, sentences: &[Sentence], facts: &[Fact]) -> Vec<Scored> {
    score_in(text, sentences, facts, crate::segment::language_of(text, None).code)
}

/// [`score`] for text in the language of ISO 639-1 `language`.
pub(crate) fn score_in(text: &str, sentences: &[Sentence], facts: &[Fact], language: &'static str) -> Vec<Scored> {
    let mut ids = TermIds::for_text(text.len(), language);
    let (mut forms, mut stemmed) = (TermLists::default(), TermLists::default());
    let english = language == "en";
    let mut scored: Vec<Scored> = sentences
        .iter()
        .map(|s| describe(s, s.text(text), ids.index(s.text(text), &mut forms, &mut stemmed), english))
        .collect();
    mark_running_heads(text, sentences, &mut scored);
    mark_boilerplate(text, sentences, &mut scored);
    mark_author_note(text, sentences, &mut scored);
    mark_captions(sentences, &mut scored);
    mark_code(text, sentences, &mut scored);
    let stem_ids = ids.stem_ids();
    drop(ids);
    for (i, s) in scored.iter_mut().enumerate() {
        s.terms = stemmed.get(i).iter().map(|&form| stem_ids[form as usize]).collect();
        s.terms.sort_unstable();
        s.terms.dedup();
    }
    drop(stemmed);
    let vocabulary = sentence_counts(&scored);
    assign_fact_items(text, facts, &mut scored);
    let by_forms = scale_to_unit(dice_degrees(&scored, |i| forms.get(i)));
    drop(forms);
    let by_stems = scale_to_unit(dice_degrees(&scored, |i| scored[i].terms.as_slice()));
    for (s, overlaps) in scored.iter_mut().zip(by_stems.into_iter().zip(by_forms)) {
        s.overlaps = [overlaps.0, overlaps.1];
    }
    // SC-3 ranks from the start of the article or of the section a heading opens, whichever
    // is nearer: under a subheading, news again leads with its point. A heading opens one only
    // when the article goes on under it: a pasted page's tags, menus and author line are short
    // unpunctuated lines too, and stand among other furniture.
    let (mut rank, mut section, mut content_seen) = (0usize, 0usize, false);
    for i in 0..scored.len() {
        let over_content = scored.get(i + 1).is_some_and(|next| next.features.excluded.is_none());
        let s = &mut scored[i];
        s.shared_terms = shared_terms(s, &vocabulary);
        match s.features.excluded {
            None => {
                (s.rank, s.section) = (Some(rank), section);
                rank += 1;
                content_seen = true;
            }
            Some(Excluded::Heading) if over_content => {
                rank = 0;
                section += usize::from(content_seen);
            }
            // A standfirst above the byline (a web page's "dek") sums the story up in words,
            // the lede below it with the facts: both rank first.
            Some(Excluded::Byline) if rank <= STANDFIRST_SENTENCES => rank = 0,
            Some(_) => {}
        }
    }
    reweigh(&mut scored, &WEIGHTS, None);
    scored
}

/// SC-7 reporting verbs: the terms of SC-2 and SC-5 leave out the stop words of
/// [`stopwords`](crate::stopwords) except "said", "says" and "say". News attributes what it
/// reports, and the sentences that carry a statement and its source are the ones a long
/// summary keeps: with them as terms, those sentences link up in the SC-5 graph (BBC at
/// matched length: +1.6 R-1 on the fitting half; see eval/README.md).
fn is_stop_term(lower: &str) -> bool {
    !matches!(lower, "said" | "says" | "say") && crate::stopwords::is_stop_word(lower)
}

/// SC-9: the words of the stop list that still say something — quantifiers ("many", "much",
/// "every"), time and novelty ("last", "new", "still", "yet", "ever"), modal verbs ("would",
/// "could", "may", …), light verbs ("make", "made", "get") and sentence adverbs ("also",
/// "however", "even"). Short summaries leave them out (SC-2, SC-5 over stems, SEL-3); a summary
/// that follows the body links sentences through them too, over the words as written.
const CONTENT_STOPS: &WordSet = word_set!(&[
    "also", "another", "could", "even", "ever", "every", "get", "got", "however", "last", "least", "less", "like",
    "made", "make", "many", "may", "might", "much", "must", "new", "one", "per", "rather", "still", "would", "yet",
]);

/// SC-9: whether `lower`, a stop word, is a term of SC-5 over the words as written.
pub(crate) fn is_content_stop(lower: &str) -> bool {
    CONTENT_STOPS.contains_lowercase(lower)
}

/// Rescores `scored` for a summary that takes `share` of the article's content sentences
/// (SC-6), with the fitted [`WEIGHTS`].
pub fn fit_to_budget(scored: &mut [Scored], share: f64) {
    reweigh(scored, &WEIGHTS, Some(share));
}

/// Recomputes position and score of already-scored sentences under other `weights` (for
/// fitting them), for a summary of `budget_share` of the content sentences if known (SC-6).
pub fn reweigh(scored: &mut [Scored], weights: &Weights, budget_share: Option<f64>) {
    let lead = budget_share.map_or(1.0, |share| lead_factor(share, weights.lead_share, weights.lead_steepness));
    weigh_facts(scored, weights);
    let centrality = scale_to_unit(scored.iter().map(|s| centrality(s, weights.centrality_damping)).collect());
    let behind_lead = budget_share.is_some_and(|share| !has_room_for_sections(scored, share));
    for (s, centrality) in scored.iter_mut().zip(centrality) {
        s.features.centrality = centrality;
        let Some(rank) = s.rank else { continue };
        let rank = rank + usize::from(behind_lead && s.section > 0);
        s.features.position = lead * position_weight(rank, weights.position_halving);
        s.features.overlap = overlap_mix(s.overlaps, lead);
        let boost = 1.0 + weights.overlap_boost * (1.0 - lead);
        s.features.length = length_factor(s.words) * if s.announces { 1.0 - 0.5 * lead } else { 1.0 };
        s.fact_factor = weights.facts * s.features.length;
        let f = &s.features;
        let sum = weights.facts * f.facts
            + weights.centrality * boost * f.centrality
            + weights.position * f.position
            + weights.overlap * boost * f.overlap;
        s.score = sum * f.length;
    }
}

/// SC-3: whether a summary of `share` of the content sentences holds at least as many
/// sentences as the article has sections.
fn has_room_for_sections(scored: &[Scored], share: f64) -> bool {
    let sections = scored.iter().map(|s| s.section).max().unwrap_or(0) + 1;
    let content = scored.iter().filter(|s| s.rank.is_some()).count();
    sections == 1 || share * content as f64 + 0.5 >= sections as f64
}

/// SC-3: the most sentences above a byline that are the article's standfirst, not its lede.
const STANDFIRST_SENTENCES: usize = 2;

/// SC-4: a line of at most this many words that a scraper closed with a full stop is a
/// headline or a link title ([`closed_by_scraper`]).
const LINK_TITLE_WORDS: usize = 16;

/// SC-4: whether a scraper closed the line with a full stop after a space ("Unreleased Kurt
/// Cobain song to appear on 'Montage of Heck' soundtrack ."): the line had no end of its own,
/// as a headline or a link title has none. Not a spaced ellipsis ("the end . . . .").
fn closed_by_scraper(text: &str) -> bool {
    let rest = text.strip_suffix(" .").unwrap_or_default();
    rest.ends_with(|c: char| c.is_alphanumeric() || CLOSING_MARKS.contains(&c))
}

/// SC-4: quotes and a bracket that may close a line after its last word or question mark.
pub(crate) const CLOSING_MARKS: [char; 5] = ['"', '\'', '”', '’', ')'];

/// SC-4: a sentence of at most this many words and no verb announces what follows.
const ANNOUNCEMENT_WORDS: usize = 8;

/// `english`: whether the text is English, whose verbs SC-4 can tell.
fn describe(sentence: &Sentence, text: &str, words: usize, english: bool) -> Scored {
    let excluded = if sentence.kind == SentenceKind::Heading {
        // A line set as a heading may be furniture ("Published 3 hours ago", "Cookie
        // settings"): then it opens no section (SC-3) and its facts are not the article's.
        // A short subheading ("Highlights") or one ending in a colon stays a heading.
        match non_content(text, words) {
            Some(Excluded::Fragment | Excluded::LeadIn) | None => Some(Excluded::Heading),
            furniture => furniture,
        }
    } else {
        non_content(text, words)
    };
    let announces = english && words <= ANNOUNCEMENT_WORDS && !crate::verbs::has_verb(text);
    let link_title = words <= LINK_TITLE_WORDS && closed_by_scraper(text);
    let question = text.trim_end().trim_end_matches(CLOSING_MARKS).ends_with('?');
    let features = Features { length: length_factor(words), excluded, ..Features::default() };
    Scored { words, features, announces: announces || question || link_title, ..Scored::default() }
}

/// SC-5 and SC-6: the overlap of a sentence for a summary that keeps `lead` of the position
/// weight. A short summary links sentences by their stems; one that takes a large share of the
/// article and follows its body links them by the words as written, which tell apart what
/// stemming merges ("production" and "product", "nationally" and "nation", "generation"
/// and "generate"): BBC at matched length +1.3 R-1 on the held-out half, CNN at three sentences
/// unchanged (eval/README.md).
fn overlap_mix([stems, forms]: [f64; 2], lead: f64) -> f64 {
    lead * stems + (1.0 - lead) * forms
}

/// SC-3: 1 for the first content sentence, 1/2 at rank `halving`, 1/3 at twice that, …
fn position_weight(rank: usize, halving: f64) -> f64 {
    1.0 / (1.0 + rank as f64 / halving.max(f64::MIN_POSITIVE))
}

/// SC-6: how much of the position weight a summary of `share` of the article keeps.
fn lead_factor(share: f64, lead_share: f64, steepness: f64) -> f64 {
    if !(share.is_finite() && lead_share > 0.0) {
        return 1.0;
    }
    1.0 / (1.0 + (share / lead_share).powf(steepness))
}

/// SC-4: sentences under 6 words or over 40 words are down-weighted.
fn length_factor(words: usize) -> f64 {
    match words {
        0 => 0.0,
        1..=5 => words as f64 / 6.0,
        6..=40 => 1.0,
        _ => 40.0 / words as f64,
    }
}

/// NC-2 … NC-7 and NC-8's notes (NC-1, headings, comes from segmentation; NC-8's sections from
/// `mark_boilerplate`). A listed opening is matched as whole words: "Subscribe" opens a call
/// to action, "Subscribers will pay $10 a month" does not.
fn non_content(text: &str, words: usize) -> Option<Excluded> {
    if crate::markup::may_have_markup_at_edges(text) {
        non_content_of_markdown(text)
    } else {
        non_content_of_line(text, words)
    }
}

/// MD-1, MD-2: a line with Markdown at its edges is read without its Markdown ("*Published …
/// by [Dana](https://…)*", "By [Dana Whitfield](https://…)"). Apart, as few lines have any:
/// the scoring loop stays small enough to inline its lookups.
#[cold]
#[inline(never)]
fn non_content_of_markdown(text: &str) -> Option<Excluded> {
    let plain = crate::markup::plain(crate::markup::without_edges(text));
    non_content_of_line(&plain, crate::words::words(&plain).count())
}

/// [`non_content`] of a line without Markdown.
fn non_content_of_line(text: &str, words: usize) -> Option<Excluded> {
    if is_lead_in(text, words) {
        return Some(Excluded::LeadIn);
    }
    let unpunctuated = words <= 2 && !text.ends_with(['.', '!', '?', '"', '”', '\'', '’', ')']);
    let fragment = unpunctuated && (!text.contains(|c: char| c.is_ascii_digit()) || is_counter(text))
        || words <= 8 && (is_counter_line(text) || is_hashtag_line(text));
    // A long sentence is lowered only as far as the openings of the lists reach: past that the
    // rules look only for two phrases, in the text as written.
    let lower = crate::case::to_lowercase(if words > LONG_LINE_WORDS { opening_of(text) } else { text });
    // Most sentences open with no word of the lists: one lookup spares the comparisons (the
    // set holds ASCII words; a first word beyond ASCII, "læs", "читайте", is compared).
    let first_word = lower.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    let listed = !first_word.is_ascii() || first_word.is_empty() || OPENING_WORDS.contains_lowercase(first_word);
    let starts = |openings: &[&str]| listed && openings.iter().any(|opening| opens_with(&lower, opening));
    if lower.starts_with("the post ") && contains_ignoring_ascii_case(text, " appeared first on") {
        return Some(Excluded::FeedTrailer);
    }
    // A call of one or two words ("Advertisement", "Subscribe") is furniture, not a fragment
    // that a heading could be: it opens no section (SC-3) and holds none of the article's facts.
    let whole_call = fragment && LINE_CALLS.contains(&lower.trim());
    if words <= LONG_LINE_WORDS && (starts(CALLS) || lower.contains(" redirects here"))
        || lower.starts_with(PRINT_NOTE)
        || whole_call
    {
        return Some(Excluded::CallToAction);
    }
    if fragment {
        return Some(Excluded::Fragment);
    }
    // The notice in other languages only on a short line: most sentences are long and English.
    if contains_ignoring_ascii_case(text, RESERVED[0])
        || (words <= LONG_LINE_WORDS && (lower.contains("content of external") || has_foreign_notice(&lower)))
        || starts(RIGHTS)
    {
        return Some(Excluded::Rights);
    }
    let line = words <= 8 && !text.ends_with(['.', '!', '?']);
    if (starts(&["by "]) && words <= 6 && !text.ends_with(['.', '!', '?']))
        || starts(CREDITS)
        || (line
            && (starts(TIMESTAMPS)
                || starts(&["reporting from"])
                || is_date_line(text)
                || is_reading_time(&lower)
                || is_age(&lower, words)))
    {
        return Some(Excluded::Byline);
    }
    if starts(CAPTIONS) || (words <= 8 && (lower.contains("getty images") || lower.contains("/ reuters"))) {
        return Some(Excluded::PhotoCredit);
    }
    if is_note(text) {
        return Some(Excluded::Boilerplate);
    }
    None
}

/// NC-2 … NC-7: past this many words a line is no call to action, and its opening alone is
/// read for the lists' openings.
const LONG_LINE_WORDS: usize = 20;

/// The bytes of a long line's opening that the lists' openings are compared with: more than
/// the longest opening and the character after it (a test checks).
const OPENING_BYTES: usize = 64;

/// The first [`OPENING_BYTES`] of `text` or a little more, to a character boundary.
fn opening_of(text: &str) -> &str {
    let end = (OPENING_BYTES..text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    &text[..end]
}

/// NC-8: a note that a reference mark opens, as footnotes and an encyclopedia's references
/// are set ("[1] Measured on our staging cluster.", "^ \"Harbor Ferries\". Port Marlow
/// Council."): it backs up a sentence, it is none of the article's.
fn is_note(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else { return text.starts_with("^ ") };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with("] ")
}

/// NC-3: how calls to action open — links to more, sharing and sign-up prompts, a pasted web
/// page's navigation ("Skip to main content", "More on this story") and its cookie banner
/// ("We use cookies to improve your experience", "Accept all cookies"), and a press release's
/// notes to editors ("FOR IMMEDIATE RELEASE", "NEWS RELEASE", "Contact: …"). In a pasted page,
/// such lines follow a heading or stand alone, so SC-3 would rank them as a section's lead,
/// and their words recur (SC-5): left in, they win.
const CALLS: &[&str] = &[
    "read more",
    "see more:",
    "sign up",
    "sign in",
    "subscribe",
    "click here",
    "follow us",
    "share this",
    "share on",
    "download the",
    "continue reading",
    "related:",
    "related topics",
    "related stories",
    "related articles",
    "more on this story",
    "most read",
    "most viewed",
    "read next",
    "explore more on these topics",
    "reuse this content",
    "filed under",
    "tags:",
    "ad feedback",
    "already a subscriber",
    "support our journalism",
    "was this article helpful",
    "our standards:",
    "please turn on javascript",
    "please enable javascript",
    "enable javascript",
    "javascript is disabled",
    "your browser does not support",
    "this video can not be played",
    "this video cannot be played",
    "media playback is unsupported",
    "find out more",
    "learn more",
    "report this ad",
    "sponsored content",
    "this article is more than",
    "opens in a new window",
    "copy link",
    "for immediate release",
    "for release:",
    "contact:",
    "media contact",
    "media contacts",
    "press contact",
    "investor contact",
    "investor relations contact",
    "advertisement",
    "join our",
    "get the latest",
    "skip to main content",
    "skip to content",
    "back to top",
    "listen to this article",
    "share full article",
    "news provided by",
    "sent from my",
    "get outlook for",
    "gift this article",
    "skip advertisement",
    "today's paper",
    "today’s paper",
    "order reprints",
    "related content",
    "see more on",
    "get it sent to your inbox",
    "read about our approach",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "our site uses cookies",
    "by continuing to use",
    "accept all",
    "accept cookies",
    "reject all",
    "manage cookies",
    "cookie settings",
    "cookie policy",
    // An encyclopedia page's notes on itself, "hatnotes" and the like: "This article is about
    // the bridge. For other uses, see …".
    "from wikipedia, the free encyclopedia",
    "this article is about",
    "this article needs",
    "this article has multiple issues",
    "this section needs",
    "for other uses, see",
    "not to be confused with",
    "main article:",
    "main articles:",
    "further information:",
    "see also:",
    "coordinates:",
    // The same in SC-10's languages.
    "weiterlesen",
    "mehr lesen",
    "mehr zum thema",
    "lesen sie auch",
    "jetzt abonnieren",
    "newsletter abonnieren",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "alle akzeptieren",
    "alle ablehnen",
    "zum inhalt springen",
    "lire la suite",
    "lire aussi",
    "abonnez-vous",
    "inscrivez-vous",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "tout accepter",
    "tout refuser",
    "aller au contenu",
    "leer más",
    "lee también",
    "utilizamos cookies",
    "este sitio web utiliza cookies",
    "aceptar todas",
    "rechazar todas",
    "ir al contenido",
    "leggi anche",
    "leggi di più",
    "continua a leggere",
    "utilizziamo i cookie",
    "questo sito utilizza cookie",
    "accetta tutti",
    "rifiuta tutti",
    "vai al contenuto",
    "lees meer",
    "lees ook",
    "wij gebruiken cookies",
    "deze website gebruikt cookies",
    "alles accepteren",
    "naar de inhoud",
    "читать далее",
    "читайте также",
    "мы используем файлы cookie",
    "czytaj także",
    "czytaj więcej",
    "leia também",
    "leia mais",
    "saiba mais",
    "usamos cookies",
    "este site utiliza cookies",
    "aceitar todos",
    "rejeitar todos",
    "ir para o conteúdo",
    "читайте також",
    "читати далі",
    "ми використовуємо файли cookie",
    "læs også",
    "læs mere",
    "vi bruger cookies",
    "accepter alle",
    "afvis alle",
    "gå til indhold",
    "les også",
    "les mer",
    "vi bruker cookies",
    "vi bruker informasjonskapsler",
    "godta alle",
    "avvis alle",
    "gå til innhold",
];

/// The first words of the openings of NC-3 … NC-6 (a test checks that none is missing).
const OPENING_WORDS: &WordSet = word_set!(&[
    "abonnez",
    "accept",
    "accepter",
    "accetta",
    "aceitar",
    "aceptar",
    "ad",
    "additional",
    "advertisement",
    "afvis",
    "alle",
    "aller",
    "alles",
    "already",
    "avvis",
    "back",
    "bild",
    "by",
    "ce",
    "click",
    "contact",
    "continua",
    "continue",
    "cookie",
    "coordinates",
    "copy",
    "copyright",
    "credit",
    "czytaj",
    "deze",
    "diese",
    "download",
    "editing",
    "enable",
    "este",
    "explore",
    "filed",
    "find",
    "follow",
    "for",
    "foto",
    "from",
    "further",
    "get",
    "gift",
    "godta",
    "image",
    "inscrivez",
    "investor",
    "ir",
    "javascript",
    "jetzt",
    "join",
    "last",
    "learn",
    "lee",
    "leer",
    "lees",
    "leggi",
    "leia",
    "les",
    "lesen",
    "lire",
    "listen",
    "main",
    "manage",
    "media",
    "mehr",
    "more",
    "most",
    "naar",
    "news",
    "newsletter",
    "not",
    "nous",
    "opens",
    "order",
    "our",
    "photo",
    "photograph",
    "picture",
    "please",
    "posted",
    "press",
    "published",
    "questo",
    "read",
    "rechazar",
    "reject",
    "rejeitar",
    "related",
    "report",
    "reporting",
    "reuse",
    "rifiuta",
    "saiba",
    "see",
    "sent",
    "share",
    "sign",
    "skip",
    "sponsored",
    "subscribe",
    "support",
    "tags",
    "this",
    "today",
    "tout",
    "updated",
    "usamos",
    "utilizamos",
    "utilizziamo",
    "vai",
    "vi",
    "was",
    "we",
    "weiterlesen",
    "wij",
    "wir",
    "written",
    "your",
    "zum",
]);

/// NC-4: "all rights reserved", in English and SC-10's languages.
const RESERVED: [&str; 15] = [
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "alle rechten voorbehouden",
    "все права защищены",
    "wszelkie prawa zastrzeżone",
    "todos os direitos reservados",
    "усі права захищені",
    "всі права захищені",
    "alle rettigheder forbeholdes",
    "alle rettigheder forbeholdt",
    "alle rettigheter reservert",
    "alle rettigheter forbeholdt",
];

/// NC-4: whether `lower` holds a rights notice of another language than English. A substring
/// search per notice costs more than the rest of the sentence's rules, so the notices are
/// looked for only in a line that has the first word of one ("alle", "tous", "все").
fn has_foreign_notice(lower: &str) -> bool {
    let mut words = lower.split(|c: char| !c.is_alphabetic());
    words.any(|word| NOTICE_OPENINGS.contains(&word)) && RESERVED[1..].iter().any(|notice| lower.contains(notice))
}

/// The first words of the notices of [`RESERVED`] but the English one (a test checks them).
const NOTICE_OPENINGS: [&str; 8] = ["alle", "tous", "todos", "tutti", "все", "wszelkie", "усі", "всі"];

/// NC-4: how a rights notice opens.
const RIGHTS: &[&str] = &["©", "copyright ©", "(c) "];

/// NC-5: how a credit line opens.
const CREDITS: &[&str] = &["reporting by", "editing by", "written by", "additional reporting"];

/// NC-5: a news story's credit to its other reporters ("CNN's Jane Doe contributed to this
/// report.", "Jane Doe contributed reporting from Paris.").
fn is_contribution(lower: &str) -> bool {
    const CONTRIBUTIONS: [&str; 4] = [
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
    ];
    CONTRIBUTIONS.iter().any(|c| lower.contains(c))
}

/// NC-5: marks the credits to other reporters and a note on the author among the last
/// [`AUTHOR_NOTE_PLACES`] content sentences, where a story sets them: looking only there spares
/// every other sentence the search.
fn mark_author_note(text: &str, sentences: &[Sentence], scored: &mut [Scored]) {
    let content = scored.iter_mut().zip(sentences).rev().filter(|(s, _)| s.features.excluded.is_none());
    for (s, sentence) in content.take(AUTHOR_NOTE_PLACES) {
        let body = sentence.text(text);
        if s.words <= 25 && is_author_note(body) || s.words <= 40 && is_contribution(&crate::case::to_lowercase(body)) {
            s.features.excluded = Some(Excluded::Byline);
        }
    }
}

/// NC-5: how near the end of the article its credits and a note on its author stand, in
/// content sentences.
const AUTHOR_NOTE_PLACES: usize = 3;

/// NC-5: a note on the author, at a story's end: "Maria Lopez covers city government for The
/// Daily Ledger.", "Jane Doe is a correspondent for …": a name, then "covers" or "is a" and a
/// journalist's title.
fn is_author_note(text: &str) -> bool {
    const TITLES: [&str; 9] =
        ["reporter", "correspondent", "writer", "editor", "columnist", "contributor", "journalist", "staff", "senior"];
    let mut words = text.split_whitespace();
    let mut next = || words.next().unwrap_or_default();
    let (first, second, verb) = (next(), next(), next());
    if verb != "covers" && verb != "is" || ![first, second].iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let (article, title) = (next(), next());
    verb == "covers" && !article.is_empty() || matches!(article, "a" | "an") && TITLES.contains(&title)
}

/// NC-5: how a page's timestamp line opens ("Published 3 hours ago", "Updated 12 March
/// 2024"): part of the byline block, when short and not a sentence.
const TIMESTAMPS: &[&str] = &["published", "updated", "last updated", "posted"];

/// NC-5: whether a short line is a date and maybe a time alone, as a page sets its timestamp
/// under the byline ("Dec. 6, 2026", "Sat 6 Dec 2026 12.00 GMT", "Monday, December 7, 2026"):
/// a day's number and a month, nothing but date words and numbers. A month and year alone
/// ("March 2026") may head a timeline's section, and is left a heading.
fn is_date_line(text: &str) -> bool {
    const CLOCK: [&str; 13] = ["at", "a.m", "p.m", "am", "pm", "et", "gmt", "bst", "utc", "est", "edt", "pst", "cet"];
    let (mut month, mut day) = (false, false);
    for word in text.split_whitespace().map(|w| w.trim_matches([',', '.', '|'])) {
        let digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b':' || b == b'.');
        let weekday = crate::facts::lexicon::weekday(word).is_some()
            || ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].iter().any(|d| d.eq_ignore_ascii_case(word));
        let is_month = crate::facts::lexicon::month(word).is_some();
        month |= is_month;
        day |= digits && word.len() <= 2;
        let clock = CLOCK.iter().any(|c| c.eq_ignore_ascii_case(word));
        if !(digits || weekday || clock || is_month || word.is_empty()) {
            return false;
        }
    }
    month && day
}

/// NC-3: a page's buttons and menu items, as lines of their own ("Share", "Save"): whole lines
/// only, since "Share prices fell" and "Save the date" open sentences.
const LINE_CALLS: &[&str] = &[
    "share",
    "save",
    "print",
    "email",
    "comments",
    "menu",
    "search",
    "close",
    "home",
    "more",
    "next",
    "previous",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "copy",
    "share article",
    "save article",
    "show more",
    "follow",
    "listen",
    "like",
    "comment",
    "restack",
    "reply",
    "report",
    "repost",
    "send",
    "news release",
    "press release",
];

/// NC-5: a page's reading time under the byline: "6 min read", "12 minute read".
fn is_reading_time(lower: &str) -> bool {
    let Some((number, rest)) = lower.split_once(' ') else { return false };
    number.bytes().all(|b| b.is_ascii_digit())
        && ["min read", "minute read", "minutes read", "mins read"].contains(&rest)
}

/// NC-9: a count standing alone, as a page shows its likes, shares and comments ("14", "1.2K",
/// "412 comments") and a forum its replies' depth ("level 2"); not a year, which may head a
/// timeline's entry.
fn is_counter(text: &str) -> bool {
    const COUNTED: [&str; 14] = [
        "answers",
        "comments",
        "followers",
        "likes",
        "points",
        "reactions",
        "replies",
        "reposts",
        "retweets",
        "shares",
        "subscribers",
        "upvotes",
        "views",
        "votes",
    ];
    match text.split_once(' ') {
        Some((count, counted)) if is_count(count) => COUNTED.iter().any(|c| c.eq_ignore_ascii_case(counted)),
        Some((level, count)) => level.eq_ignore_ascii_case("level") && is_count(count),
        None => is_count(text),
    }
}

/// NC-9: counters side by side, as a social post shows them: "1,204 reactions · 87 comments".
fn is_counter_line(text: &str) -> bool {
    let mut parts = text.split(['·', '•', '|']).map(str::trim);
    text.contains(['·', '•', '|']) && parts.all(|part| part.is_empty() || is_counter(part))
}

/// NC-9: a line of hashtags alone, a post's tags: "#startups #funding".
fn is_hashtag_line(text: &str) -> bool {
    text.split_whitespace().all(|tag| tag.len() > 1 && tag.starts_with('#'))
}

/// NC-9: a number as a counter shows it ("14", "1,204", "1.2K"), not a year.
fn is_count(text: &str) -> bool {
    let digits = text.trim_end_matches(['K', 'k', 'M']);
    let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    !digits.is_empty() && !year && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// NC-5: a post's or a comment's age, as a forum or a social page sets it on a line of its
/// own: "5 hr. ago", "· 3 hours ago", "Edited 2 days ago", "2d • Edited".
fn is_age(lower: &str, words: usize) -> bool {
    if words <= 4 && lower.ends_with(" ago") && lower.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    // A social post's: "2d • Edited", "3h", "1w •".
    let mut parts = lower.split(|c: char| c.is_whitespace() || matches!(c, '·' | '•')).filter(|p| !p.is_empty());
    let short_age = parts.next().is_some_and(|age| {
        let unit = age.trim_start_matches(|c: char| c.is_ascii_digit());
        unit.len() < age.len() && ["s", "m", "h", "d", "w", "mo", "y", "yr"].contains(&unit)
    });
    short_age && parts.all(|p| p == "edited")
}

/// NC-3: how a printed edition's note on the article opens, at any length ("A version of this
/// article appears in print on Dec. 7, 2026, Section A, Page 18 …").
const PRINT_NOTE: &str = "a version of this article appears in print";

/// NC-6: how photo credits and captions open ("Image caption, Reservoirs are at 16%",
/// "Image source, Getty Images").
const CAPTIONS: &[&str] = &[
    "photo:",
    "foto:",
    "bild:",
    "photo by",
    "image:",
    "picture:",
    "credit:",
    "credit...",
    "credit…",
    "photograph:",
    "(photo",
    "image caption",
    "image source",
    "image copyright",
    "media caption",
];

/// Whether `lower` opens with `opening` as whole words: what follows it is not a letter or
/// digit ("subscribe" opens "subscribe now" and "subscribe.", not "subscribers").
fn opens_with(lower: &str, opening: &str) -> bool {
    // The first byte turns almost every opening away before a comparison (SC scoring runs
    // these lists over every sentence).
    if lower.as_bytes().first() != opening.as_bytes().first() {
        return false;
    }
    let Some(rest) = lower.strip_prefix(opening) else {
        return false;
    };
    let open_ended = opening.ends_with(|c: char| !c.is_alphanumeric());
    open_ended || !rest.starts_with(char::is_alphanumeric)
}

/// NC-6: a line of two sentences whose second is a photo credit is a caption and its credit
/// ("Residents cool off at the beach on Tuesday. Photograph: Jane Roe/Getty Images"): the
/// caption describes the picture, not the story.
fn mark_captions(sentences: &[Sentence], scored: &mut [Scored]) {
    let paragraph_of = |i: usize| sentences.get(i).map(|s| s.paragraph);
    for i in 1..scored.len().min(sentences.len()) {
        let paragraph = paragraph_of(i);
        let pair = paragraph_of(i - 1) == paragraph
            && (i < 2 || paragraph_of(i - 2) != paragraph)
            && paragraph_of(i + 1) != paragraph;
        if pair
            && scored[i].features.excluded == Some(Excluded::PhotoCredit)
            && scored[i - 1].features.excluded.is_none()
        {
            scored[i - 1].features.excluded = Some(Excluded::PhotoCredit);
        }
    }
}

/// NC-11: marks the running heads and feet. A candidate is a line set apart (a heading, or a
/// fragment such as "Page 3") of at most [`RUNNING_HEAD_WORDS`] words with a digit; it is one
/// when another candidate reads the same once their numbers are left out, and that rest holds
/// two words, one of three letters or more (a live blog's "2:15 p.m. ET" above each entry is
/// no page furniture, nor are "Day 1" and "Day 2"), or when it is a page number
/// ([`is_page_number`]), set apart or not.
fn mark_running_heads(text: &str, sentences: &[Sentence], scored: &mut [Scored]) {
    let mut keys: Vec<(usize, String)> = Vec::new();
    for (i, (s, sentence)) in scored.iter_mut().zip(sentences).enumerate() {
        let line = sentence.text(text);
        if s.words > RUNNING_HEAD_WORDS {
            continue;
        }
        if is_page_number(line) {
            s.features.excluded = Some(Excluded::RunningHead);
        } else if matches!(s.features.excluded, Some(Excluded::Heading | Excluded::Fragment)) {
            keys.extend(running_head_key(line).map(|key| (i, key)));
        }
    }
    // A running head recurs on the next pages, among the next few candidates: comparing each
    // with the next RUNNING_HEAD_REACH keeps this linear, with no table of keys.
    let mut repeated = vec![false; keys.len()];
    for (j, (_, key)) in keys.iter().enumerate() {
        for k in j + 1..keys.len().min(j + 1 + RUNNING_HEAD_REACH) {
            if keys[k].1 == *key {
                (repeated[j], repeated[k]) = (true, true);
            }
        }
    }
    for ((i, _), repeated) in keys.iter().zip(repeated) {
        if repeated {
            scored[*i].features.excluded = Some(Excluded::RunningHead);
        }
    }
}

/// NC-11: how many candidates after a line its repeat is looked for among.
const RUNNING_HEAD_REACH: usize = 64;

/// NC-11: a page's number standing alone, which needs no second page to be one: "Page 5",
/// "Page 5 of 12", "5 of 12", "- 5 -".
fn is_page_number(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 24 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let inner = line.trim_matches(|c: char| c == '-' || c == '–' || c == ' ');
    let paged = inner.get(..5).is_some_and(|page| page.eq_ignore_ascii_case("page "));
    let rest = if paged { &inner[5..] } else { inner };
    let number = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match rest.split_once(" of ") {
        Some((page, pages)) => number(page) && number(pages),
        None => number(rest) && (paged || inner.len() < line.len()),
    }
}

/// NC-11: the most words of a running head.
const RUNNING_HEAD_WORDS: usize = 12;

/// NC-11: `line` without its digits, its words single-spaced, if it has a digit, two words and
/// one of them of three letters or more: a document's own numbered headings of a word ("Day
/// 1", "Day 2", "Chapter 3") are no running heads.
fn running_head_key(line: &str) -> Option<String> {
    if !line.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let without_digits: String = line.chars().filter(|c| !c.is_ascii_digit()).collect();
    let words = || without_digits.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let named = words().nth(1).is_some() && words().any(|w| w.chars().count() >= 3);
    named.then(|| crate::summary::collapse_whitespace(&without_digits))
}

/// NC-10: excludes the sentences that overlap a code block ([`code_blocks`]), headings inside
/// one too.
/// The blocks are found in the text, not the sentences: a line of code that ends with ";"
/// runs on into the next line, fence included, as prose would.
fn mark_code(text: &str, sentences: &[Sentence], scored: &mut [Scored]) {
    let blocks = code_blocks(text);
    let mut next = 0;
    for (sentence, s) in sentences.iter().zip(scored.iter_mut()) {
        while blocks.get(next).is_some_and(|&(_, end)| end <= sentence.start) {
            next += 1;
        }
        let overlaps = blocks.get(next).is_some_and(|&(start, _)| start < sentence.end);
        if overlaps && s.features.excluded.is_none_or(Excluded::is_article) {
            s.features.excluded = Some(Excluded::Code);
        }
    }
}

/// NC-10: the byte ranges of the front matter, fenced code blocks, HTML comments and Markdown
/// table rows of `text`, in order. A fence or a comment that is never closed marks nothing: a
/// stray one in prose leaves it alone.
fn code_blocks(text: &str) -> Vec<(usize, usize)> {
    let mut blocks: Vec<(usize, usize)> = front_matter_end(text).map(|end| (0, end)).into_iter().collect();
    let (mut at, mut open_fence, mut open_comment) = (blocks.first().map_or(0, |&(_, end)| end), None, None);
    let comments = text.contains("<!--");
    for line in text[at..].split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let line = line.trim();
        if comments && open_fence.is_none() && (open_comment.is_some() || line.contains("<!--")) {
            let open = *open_comment.get_or_insert(start);
            if line.contains("-->") {
                blocks.push((open, end));
                open_comment = None;
            }
        } else if line.starts_with("```") || line.starts_with("~~~") {
            match open_fence.take() {
                Some(open) => blocks.push((open, end)),
                None => open_fence = Some(start),
            }
        } else if open_fence.is_none() && line.len() > 1 && line.starts_with('|') && line.ends_with('|') {
            blocks.push((start, end));
        }
    }
    blocks
}

/// NC-10: where the front matter that opens a Markdown file ends ("---" lines around YAML,
/// "+++" around TOML: a post's title, date and tags for its site), if the text opens with one
/// that closes.
fn front_matter_end(text: &str) -> Option<usize> {
    let body = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let mut lines = body.split_inclusive('\n');
    let first = lines.next()?;
    let fence = first.trim_end();
    if fence != "---" && fence != "+++" {
        return None;
    }
    let mut at = text.len() - body.len() + first.len();
    for line in lines {
        at += line.len();
        if line.trim_end() == fence {
            return Some(at);
        }
    }
    None
}

/// NC-8: excludes the content sentences under a boilerplate heading ([`is_boilerplate_heading`])
/// up to the next heading over content: a contact's name ("Ana Ruiz" over an e-mail address)
/// is a short line too, and does not end the contact block. An e-mail's signature (under a line
/// "-- ") and the earlier message its reply quotes ([`opens_quoted_message`]) are boilerplate too;
/// so is everything from a forwarded or quoted message's header on ([`opens_message_header`]),
/// its header lines included, whose names and dates are the earlier message's, under a reply of
/// [`REPLY_SENTENCES`] or more ("FYI, see below." over a forwarded message leaves it the text's
/// content).
fn mark_boilerplate(text: &str, sentences: &[Sentence], scored: &mut [Scored]) {
    let (mut under_boilerplate, mut in_earlier_message, mut reply_sentences) = (false, false, 0);
    for i in 0..scored.len() {
        let heading = sentences[i].text(text);
        let header = || opens_message_header(heading, sentences.get(i + 1).map(|s| s.text(text)));
        in_earlier_message |= reply_sentences >= REPLY_SENTENCES && header();
        reply_sentences += usize::from(scored[i].features.excluded.is_none());
        if in_earlier_message {
            scored[i].features.excluded = Some(Excluded::Boilerplate);
            continue;
        }
        let over_content = scored.get(i + 1).is_some_and(|next| next.features.excluded.is_none());
        let in_boilerplate = match scored[i].features.excluded {
            Some(Excluded::Heading) => {
                let boilerplate = is_boilerplate_heading(heading);
                if over_content || boilerplate {
                    under_boilerplate = boilerplate;
                }
                continue;
            }
            // "Media Contact:" ends with a colon, so it is set as a lead-in, not a heading; it
            // is the boilerplate's, not the article's. So is the line that opens the earlier
            // message a reply quotes ("On Mon, Mar 2, 2026 at 9:14 AM Tom Reyes <…> wrote:").
            Some(Excluded::LeadIn) => is_boilerplate_heading(heading) || opens_quoted_message(heading),
            // Under a boilerplate heading, or an e-mail's signature under its "-- " line.
            None => under_boilerplate || heading.starts_with("--\n") || heading.starts_with("-- \n"),
            Some(_) => false,
        };
        if in_boilerplate {
            under_boilerplate = true;
            scored[i].features.excluded = Some(Excluded::Boilerplate);
        }
    }
}

/// NC-8: whether a line opens the earlier message that an e-mail quotes below the reply: "On
/// Mon, Mar 2, 2026 at 9:14 AM Tom Reyes <tom@example.com> wrote:", "-----Original Message-----".
fn opens_quoted_message(line: &str) -> bool {
    let line = line.trim();
    line.ends_with(" wrote:") && line.starts_with("On ")
        || line.trim_matches('-').eq_ignore_ascii_case("original message")
}

/// NC-8: the fewest sentences of a reply above the message it quotes or forwards, for that
/// message to be the earlier one's and not the text's content.
const REPLY_SENTENCES: usize = 2;

/// NC-8: whether `line` opens the header of an earlier message that an e-mail quotes or
/// forwards, as Outlook sets it: "From: Tom Reyes <tom@example.com>" over "Sent: Monday, March 2,
/// 2026 9:14 AM" (or "Date: …").
fn opens_message_header(line: &str, next: Option<&str>) -> bool {
    let dated = |l: &str| l.starts_with("Sent: ") || l.starts_with("Date: ");
    line.starts_with("From: ") && (next.is_some_and(dated) || line.contains("\nSent: ") || line.contains("\nDate: "))
}

/// NC-8: whether a heading opens a press release's boilerplate: "About Acme Robotics",
/// "Forward-Looking Statements", "Conference Call and Webcast", "Media Contact", "Notes to
/// Editors", … or an encyclopedia article's back matter: "References", "External links[edit]"
/// (as copied from Wikipedia, with its edit link). At most six words, so that a news
/// subheading that merely starts so ("About a third of the budget goes to roads") is not one.
fn is_boilerplate_heading(heading: &str) -> bool {
    // Headings that open with these words, whatever follows ("About Acme", "Safe Harbor
    // Statement").
    const OPENINGS: &[&str] = &[
        "about",
        "forward-looking statement",
        "forward looking statement",
        "cautionary",
        "safe harbor",
        "safe harbour",
        "conference call",
        "earnings call",
        "webcast",
    ];
    // Headings that are these words alone, or their plural ("Contacts").
    const WHOLE: &[&str] = &[
        "contact",
        "media contact",
        "press contact",
        "investor contact",
        "investor relations",
        "for more information",
        "note to editors",
        "notes to editors",
        "disclaimer",
        // An encyclopedia article's back matter: its sources and links, not its content.
        "see also",
        "note",
        "footnote",
        "citation",
        "reference",
        "notes and reference",
        "source",
        "bibliography",
        "works cited",
        "further reading",
        "external link",
        // … and in other editions of Wikipedia.
        "einzelnachweise",
        "weblinks",
        "siehe auch",
        "literatur",
        "anmerkungen",
        "notes et références",
        "voir aussi",
        "liens externes",
        "bibliographie",
        "références",
        "referencias",
        "véase también",
        "enlaces externos",
        "bibliografía",
        "voci correlate",
        "collegamenti esterni",
        "referências",
        "ligações externas",
        "zie ook",
        "externe links",
        "przypisy",
        "linki zewnętrzne",
        "примечания",
        "ссылки",
        "литература",
    ];
    let heading = crate::segment::without_edit_link(heading.trim());
    let lower = crate::case::to_lowercase(heading.trim_end_matches(':'));
    let words = lower.split_whitespace().count();
    let opens = |h: &&str| lower.strip_prefix(*h).is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', 's']));
    let whole = |h: &&str| lower.strip_prefix(*h).is_some_and(|rest| rest.is_empty() || rest == "s");
    (1..=6).contains(&words) && (OPENINGS.iter().any(opens) || WHOLE.iter().any(whole))
}

/// NC-7: whether `text` is a short sentence whose clause points to what follows: "Here's what
/// we know.", "Before you buy one, here is what to check.", "Here are the details.", or one of
/// a few words that ends with "below", as a mail over what it forwards: "FYI, see below."
fn points_ahead(text: &str, words: usize) -> bool {
    const HERE: [&str; 4] = ["here is ", "here are ", "here's ", "here’s "];
    if words > 15 || !text.trim_end().ends_with('.') {
        return false;
    }
    let last_word = text.trim_end().trim_end_matches('.').rsplit(' ').next().unwrap_or_default();
    if words <= BELOW_WORDS && last_word.eq_ignore_ascii_case("below") {
        return true;
    }
    let after_comma = text.bytes().zip(text.bytes().skip(1)).rposition(|pair| pair == (b',', b' '));
    let clause = after_comma.map_or(text, |comma| &text[comma + 2..]);
    HERE.iter().any(|h| clause.get(..h.len()).is_some_and(|start| start.eq_ignore_ascii_case(h)))
}

/// NC-7: the most words of a sentence ending in "below" that points ahead.
const BELOW_WORDS: usize = 6;

/// NC-7: whether `text` ends with a colon, or with a colon and a full stop set apart from it,
/// points ahead ([`points_ahead`]), or is an interview's question ("Q: How busy has it been?").
fn is_lead_in(text: &str, words: usize) -> bool {
    let labelled = text.starts_with("Q:") || text.starts_with("Q.") || text.starts_with("Question:");
    if labelled && text.trim_end().ends_with('?') || points_ahead(text, words) {
        return true;
    }
    let end = text.trim_end();
    let end = end.strip_suffix('.').map_or(end, str::trim_end);
    end.ends_with(':')
}

/// SC-1: each fact weighs by its kind, and more when the same fact recurs in the article; a
/// sentence's salience is the sum over its facts, scaled so the richest sentence has 1.
fn assign_fact_items(text: &str, facts: &[Fact], scored: &mut [Scored]) {
    let mut ids: HashMap<(FactKind, FactKey), u32, BuildHasherDefault<WordHasher>> = HashMap::default();
    let mut mentions: Vec<u32> = Vec::new();
    let keyed: Vec<u32> = facts
        .iter()
        .map(|fact| {
            let next = ids.len() as u32;
            let id = *ids.entry((fact.kind, FactKey::of(fact, text))).or_insert(next);
            if id == next {
                mentions.push(0);
            }
            mentions[id as usize] += 1;
            id
        })
        .collect();
    for (fact, id) in facts.iter().zip(keyed) {
        let Some(s) = scored.get_mut(fact.sentence) else {
            continue;
        };
        if s.features.excluded.is_none() {
            let vagueness = if is_precise(fact) { 1.0 } else { 0.5 };
            let recurrence = vagueness * (1.0 + f64::from(mentions[id as usize]).ln());
            s.fact_items.push(FactItem { id, kind: fact.kind, recurrence, figure: is_figure(fact), share: 0.0 });
        }
    }
}

/// What makes two mentions the same fact (SC-1, SEL-7): an amount of money is the same in any
/// words ("$50 a barrel", "the $50 mark"); any other fact is the same when written alike.
#[derive(PartialEq, Eq, Hash)]
enum FactKey {
    Money { amount: u64, currency: &'static str },
    Text(String),
}

impl FactKey {
    fn of(fact: &Fact, text: &str) -> Self {
        match fact.value {
            Some(FactValue::Money { amount, currency }) => FactKey::Money { amount: amount.to_bits(), currency },
            _ => FactKey::Text(crate::case::to_lowercase(fact.text(text))),
        }
    }
}

/// A precise fact has a figure: "60 days" and "July 17" do, "hundreds" and "Thursday" do not.
fn is_precise(fact: &Fact) -> bool {
    match &fact.value {
        Some(FactValue::Money { .. } | FactValue::Percent(_)) => true,
        Some(FactValue::Quantity { amount, .. }) => amount.is_some(),
        Some(FactValue::Date(parts)) => parts.year.is_some() || parts.day.is_some(),
        None => fact.kind == FactKind::Entity,
    }
}

/// A count or measure with its noun or unit, or a date: "68-team", "5 km", "July 17", "the
/// 1900s", "Tuesday" (not "noon to five", a bare number word).
fn is_figure(fact: &Fact) -> bool {
    match &fact.value {
        Some(FactValue::Quantity { amount, unit }) => amount.is_some() && unit.is_some(),
        _ => fact.kind == FactKind::Date,
    }
}

/// SC-1 under `weights`: each fact's kind weight × recurrence, summed per sentence and scaled
/// so the richest sentence has 1.
fn weigh_facts(scored: &mut [Scored], weights: &Weights) {
    let raw = |s: &Scored| s.fact_items.iter().map(|f| kind_weight(f.kind, weights) * f.recurrence).sum::<f64>();
    let max = scored.iter().map(raw).fold(0.0, f64::max);
    if max <= 0.0 {
        return;
    }
    for s in scored {
        s.fact_items.iter_mut().for_each(|f| f.share = kind_weight(f.kind, weights) * f.recurrence / max);
        s.features.facts = s.fact_items.iter().fold(0.0, |sum, f| sum + f.share);
    }
}

/// Money and percentages are the facts a reader wants kept; names recur everywhere, so each
/// mention weighs least.
fn kind_weight(kind: FactKind, weights: &Weights) -> f64 {
    match kind {
        FactKind::Money | FactKind::Percent => 1.0,
        FactKind::Quantity => weights.quantity_weight,
        FactKind::Date => weights.date_weight,
        FactKind::Entity => weights.entity_weight,
    }
}

fn scale_to_unit(mut values: Vec<f64>) -> Vec<f64> {
    let max = values.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        values.iter_mut().for_each(|v| *v /= max);
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sc_10_function_words_of_the_language_are_no_terms() {
        let text = "Der Rat hat die Steuer gesenkt, und das ist gut. Die Steuer sinkt um die Hälfte. \
                    Das ist so, und das war so, und das wird so sein.";
        let overlaps = |language| {
            let sentences = crate::segment::sentences_in(text, Some(language));
            score_in(text, &sentences, &[], language).iter().map(|s| s.overlaps).collect::<Vec<_>>()
        };
        let (german, english) = (overlaps("de"), overlaps("en"));
        assert_eq!(german.len(), 3);
        assert!(german[0][0] > 0.0 && german[1][0] > 0.0, "{german:?}"); // "Steuer"
        assert_eq!(german[2], [0.0, 0.0], "only function words: {german:?}");
        assert!(english[2][1] > 0.0, "read as English, 'und', 'das', 'ist' are terms: {english:?}");
    }

    #[test]
    fn sc_10_elisions_are_not_part_of_the_term() {
        let text = "La croissance de l'économie ralentit. Le ministre parle d'économie.";
        let sentences = crate::segment::sentences_in(text, Some("fr"));
        let scored = score_in(text, &sentences, &[], "fr");
        assert!(scored.iter().all(|s| s.overlaps[1] > 0.0), "'économie' links them");
    }

    #[test]
    fn every_foreign_notice_opens_with_a_listed_word() {
        for notice in &RESERVED[1..] {
            let first = notice.split(' ').next().unwrap_or_default();
            assert!(NOTICE_OPENINGS.contains(&first), "{notice}");
            assert!(has_foreign_notice(&format!("© 2025 Example. {notice}.")), "{notice}");
        }
    }

    #[test]
    fn sc_4_lines_closed_by_a_scraper() {
        for line in ["Prince crowns dual rock charts .", "Kerry denounces GOP letter to Iran leaders .", "See 'Heck' ."]
        {
            assert!(closed_by_scraper(line), "{line}");
        }
        for line in ["Prince crowns dual rock charts.", "the end . . . .", " .", ".", "Ready? ."] {
            assert!(!closed_by_scraper(line), "{line}");
        }
    }

    #[test]
    fn non_content_rules() {
        let cases = [
            ("The post AWS layoffs hit hundreds appeared first on Invezz", Some(Excluded::FeedTrailer)),
            ("Read more: the full story", Some(Excluded::CallToAction)),
            ("Sign up for our newsletter.", Some(Excluded::CallToAction)),
            ("© 2025 Example News. All rights reserved.", Some(Excluded::Rights)),
            ("By Jane Smith", Some(Excluded::Byline)),
            ("Photo: John Doe / Reuters", Some(Excluded::PhotoCredit)),
            ("See more: The Faces of Pilot Season .", Some(Excluded::CallToAction)),
            ("The proposals include:", Some(Excluded::LeadIn)),
            ("Q: What do you need most?", Some(Excluded::LeadIn)),
            ("Q: Two answers:", Some(Excluded::LeadIn)),
            ("Q. Do you plan to run?", Some(Excluded::LeadIn)),
            ("Here's what we know.", Some(Excluded::LeadIn)),
            ("FYI, see below.", Some(Excluded::LeadIn)),
            ("The figures for each office are below.", None),
            ("Before you spend $1,500 or more, here is what to check.", Some(Excluded::LeadIn)),
            ("Here are the results of the vote, which the board published on Monday after a long night.", None),
            ("Here is what we know about the two students: .", Some(Excluded::LeadIn)),
            ("The meeting starts at 10:30.", None),
            ("By noon the market had fallen 5% on the news.", None),
            ("Revenue rose 17% to $29.3 billion.", None),
            // Whole words only: these are news, not calls to action.
            ("Subscribers will pay $10 a month from June.", None),
            ("Advertisements for the service ran during the final.", None),
            ("Signing up took less than a minute, users said.", None),
            ("Accepting the offer would cost the club $40 million.", None),
            // A pasted web page's navigation, cookie banner, timestamp and caption.
            ("Skip to main content", Some(Excluded::CallToAction)),
            ("More on this story", Some(Excluded::CallToAction)),
            ("We use cookies to improve your experience.", Some(Excluded::CallToAction)),
            ("Accept all cookies", Some(Excluded::CallToAction)),
            ("Already a subscriber?", Some(Excluded::CallToAction)),
            ("This article is more than 2 years old", Some(Excluded::CallToAction)),
            ("Learning more took years, she said.", None),
            ("Please turn on JavaScript in your browser to get the best experience.", Some(Excluded::CallToAction)),
            ("Our Standards: The Thomson Reuters Trust Principles.", Some(Excluded::CallToAction)),
            ("Most viewers tuned in for the final.", None),
            ("Read about our approach to external linking.", Some(Excluded::CallToAction)),
            ("The BBC is not responsible for the content of external sites.", Some(Excluded::Rights)),
            ("Published 3 hours ago", Some(Excluded::Byline)),
            ("Updated 12 March 2024", Some(Excluded::Byline)),
            ("Published in 2019, the book sold two million copies.", None),
            ("Image caption, Reservoirs in Catalonia are at 16% of capacity", Some(Excluded::PhotoCredit)),
            ("Credit...Ana Ruiz for The Daily Ledger", Some(Excluded::PhotoCredit)),
            ("news", Some(Excluded::Fragment)),
            ("Met Office", Some(Excluded::Fragment)),
            ("Stocks fell.", None),
            ("- 34% growth", None),
            // An encyclopedia page's notes on itself.
            ("From Wikipedia, the free encyclopedia", Some(Excluded::CallToAction)),
            ("This article is about the bridge in Port Jackson.", Some(Excluded::CallToAction)),
            ("For other uses, see Harbor Bridge (disambiguation).", Some(Excluded::CallToAction)),
            ("\"Coathanger\" redirects here.", Some(Excluded::CallToAction)),
            ("Main article: History of the bridge", Some(Excluded::CallToAction)),
            ("[1] Measured on our staging cluster in February.", Some(Excluded::Boilerplate)),
            ("^ \"Harbor Ferries\". Port Marlow Council.", Some(Excluded::Boilerplate)),
            ("[the council] later agreed.", None),
            ("[2024] was a record year.", None),
            // A news page's byline block and furniture.
            ("Reporting from Harbor City", Some(Excluded::Byline)),
            ("Reporting from Kyiv, she found the city calm.", None),
            ("Dec. 6, 2026", Some(Excluded::Byline)),
            ("Sat 6 Dec 2026 12.00 GMT", Some(Excluded::Byline)),
            ("Monday, December 7, 2026", Some(Excluded::Byline)),
            ("March 2026", None),
            ("May 4 rally draws 2,000", None),
            ("Share full article", Some(Excluded::CallToAction)),
            ("SKIP ADVERTISEMENT", Some(Excluded::CallToAction)),
            ("Advertisement", Some(Excluded::CallToAction)),
            ("Share", Some(Excluded::CallToAction)),
            ("Save article", Some(Excluded::CallToAction)),
            ("Share prices", Some(Excluded::Fragment)),
            ("6 min read", Some(Excluded::Byline)),
            ("14", Some(Excluded::Fragment)),
            ("1.2K", Some(Excluded::Fragment)),
            ("412 comments", Some(Excluded::Fragment)),
            ("level 2", Some(Excluded::Fragment)),
            ("412 people", None),
            ("Reply", Some(Excluded::CallToAction)),
            ("· 4 hr. ago", Some(Excluded::Byline)),
            ("Edited 2 days ago", Some(Excluded::Byline)),
            ("The vote came 2 days ago.", None),
            ("2d • Edited", Some(Excluded::Byline)),
            ("3h", Some(Excluded::Byline)),
            ("1,204 reactions · 87 comments", Some(Excluded::Fragment)),
            ("#startups #funding #SeriesB", Some(Excluded::Fragment)),
            ("Repost", Some(Excluded::CallToAction)),
            ("3d printing is here.", None),
            ("2024", None),
            ("Follow", Some(Excluded::CallToAction)),
            ("NEWS PROVIDED BY", Some(Excluded::CallToAction)),
            ("14 died.", None),
            ("A version of this article appears in print on Dec. 7, 2026, Section A, Page 18 of the New York edition with the headline: Council Backs Sea Wall.", Some(Excluded::CallToAction)),
            ("For other uses of the land, the council will hold hearings in March.", None),
            ("This article's author, the council said, had the figures wrong.", None),
        ];
        for (text, expected) in cases {
            let words = crate::words::words(text).count();
            assert_eq!(non_content(text, words), expected, "{text}");
        }
    }

    #[test]
    fn code_blocks_are_fenced_blocks_and_table_rows() {
        let text = "Run it:\n```\nlet a = 1;\nlet b = 2;\n```\n| a | b |\n|---|---|\nDone.\n```\nstray";
        let blocks: Vec<&str> = code_blocks(text).iter().map(|&(start, end)| &text[start..end]).collect();
        assert_eq!(blocks, ["```\nlet a = 1;\nlet b = 2;\n```\n", "| a | b |\n", "|---|---|\n"]);
        assert!(code_blocks("A | B is a pipe. | alone").is_empty());
    }

    #[test]
    fn code_blocks_are_front_matter_and_html_comments() {
        let text =
            "---\ntitle: X\ndate: 2026-03-03\n---\n\nText <!-- a note -->\n<!-- two\nlines -->\nMore.\n<!-- open";
        let blocks: Vec<&str> = code_blocks(text).iter().map(|&(start, end)| &text[start..end]).collect();
        assert_eq!(
            blocks,
            ["---\ntitle: X\ndate: 2026-03-03\n---\n", "Text <!-- a note -->\n", "<!-- two\nlines -->\n"]
        );
        // No front matter: a rule inside the text, or one never closed.
        assert!(code_blocks("Intro.\n---\ntitle: X\n---\n").is_empty());
        assert!(code_blocks("+++\ntitle = 'X'\nNo end.").is_empty());
    }

    #[test]
    fn author_notes() {
        assert!(is_author_note("Maria Lopez covers city government for The Daily Ledger."));
        assert!(is_author_note("Jane Doe is a correspondent for The Daily Ledger in Paris."));
        assert!(!is_author_note("Ana Ruiz is a councilwoman who sponsored the measure."));
        assert!(!is_author_note("The insurance covers flood damage."));
        assert!(!is_author_note("Maria Lopez covers"));
        assert!(is_contribution("cnn's jane doe and john roe contributed to this report."));
        assert!(is_contribution("cnn's jane doe contributed to this report from london."));
        assert!(is_contribution("jane doe contributed reporting from paris."));
        assert!(!is_contribution("she contributed $5 million to the campaign."));
    }

    #[test]
    fn quoted_messages_open_so() {
        assert!(opens_quoted_message("On Mon, Mar 2, 2026 at 9:14 AM Tom Reyes <tom@example.com> wrote:"));
        assert!(opens_quoted_message("-----Original Message-----"));
        assert!(!opens_quoted_message("On Monday the mayor wrote to the council."));
        assert!(!opens_quoted_message("The original message was lost:"));
        let from = "From: Tom Reyes <tom@example.com>";
        assert!(opens_message_header(from, Some("Sent: Monday, March 2, 2026 9:14 AM")));
        assert!(!opens_message_header(from, Some("Tom wrote back the next day.")));
        assert!(!opens_message_header("From: the archive, a letter of 1921.", None));
    }

    #[test]
    fn nc_11_running_heads_and_page_numbers() {
        for line in ["Page 5", "page 5 of 12", "5 of 12", "- 5 -", "– 17 –"] {
            assert!(is_page_number(line), "{line}");
        }
        for line in ["5", "2019", "Page", "Page five", "5 of the 12 judges", "Chapter 5"] {
            assert!(!is_page_number(line), "{line}");
        }
        let key = |line| running_head_key(line);
        assert_eq!(key("Annual Report 2025    3"), key("Annual Report 2025 4"));
        assert_eq!(key("Annual Report 2025   3").as_deref(), Some("Annual Report"));
        assert_eq!(key("2:15 p.m. ET"), None, "no word of three letters");
        assert_eq!(key("Day 1"), None, "one word");
        assert_eq!(key("Annual Report"), None, "no number");
        let text = "Annual Report 2025   3\n\nThe port grew by 5% in 2025.\n\nAnnual Report 2025   4\n\n\
                    Outlook 2026\n\nIt expects more.\n\n2:15 p.m. ET\n\nShips came.\n\n2:45 p.m. ET\n\nMore came.";
        let sentences = crate::sentences(text);
        let excluded: Vec<_> = score(text, &sentences, &[]).iter().map(|s| s.features.excluded).collect();
        let (head, heading) = (Some(Excluded::RunningHead), Some(Excluded::Heading));
        // A live blog's times are content lines here (they open with no capital), never heads.
        assert_eq!(excluded, [head, None, head, heading, None, None, None, None, None]);
    }

    #[test]
    fn boilerplate_headings() {
        let boilerplate = [
            "About Acme Robotics",
            "About",
            "Forward-Looking Statements",
            "Media Contact:",
            "Contacts",
            "Conference Call",
            "References",
            "External links[edit]",
            "Weblinks[Bearbeiten | Quelltext bearbeiten]",
            "Liens externes",
            "Примечания",
            "Notes",
            "See also",
            "Further reading",
        ];
        for heading in boilerplate {
            assert!(is_boilerplate_heading(heading), "{heading}");
        }
        for heading in [
            "About a third of the budget goes to roads",
            "Contact tracing",
            "Aboutface",
            "Webcasting rights",
            "Paying for it",
            "Sources of the leak",
            "Notes from the trail",
        ] {
            assert!(!is_boilerplate_heading(heading), "{heading}");
        }
    }

    #[test]
    fn opening_words_hold_the_first_word_of_every_opening() {
        let openings = CALLS
            .iter()
            .chain(RIGHTS)
            .chain(CREDITS)
            .chain(TIMESTAMPS)
            .chain(CAPTIONS)
            .chain(&["by ", "reporting from"]);
        for opening in openings {
            let first = opening.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
            assert!(!first.is_ascii() || first.is_empty() || OPENING_WORDS.contains_lowercase(first), "{opening}");
        }
    }

    #[test]
    fn a_long_lines_opening_reaches_past_every_opening() {
        let openings =
            CALLS.iter().chain(RIGHTS).chain(CREDITS).chain(CAPTIONS).chain(&["by ", "the post ", PRINT_NOTE]);
        for opening in openings {
            // The opening and the character after it, which says whether a word ends there.
            assert!(opening.len() + 4 <= OPENING_BYTES, "{opening}");
        }
        let long = "All rights reserved by the owners of this site, which is long enough to be cut off here \
                    at the sixty-fourth byte or so, and then some more words to pass twenty of them.";
        assert_eq!(non_content(long, crate::words::words(long).count()), Some(Excluded::Rights));
        let feed = format!("The post {} appeared first on Example News.", "and its many words ".repeat(6));
        assert_eq!(non_content(&feed, crate::words::words(&feed).count()), Some(Excluded::FeedTrailer));
    }

    /// (rank, section) of each content sentence of `text`.
    fn ranks(text: &str) -> Vec<(usize, usize)> {
        let sentences = crate::segment::sentences(text);
        let scored = score(text, &sentences, &crate::facts::facts(text));
        scored.iter().filter_map(|s| s.rank.map(|rank| (rank, s.section))).collect()
    }

    #[test]
    fn sc_3_a_heading_opens_a_section_over_the_article_only() {
        // A subheading over paragraphs opens a section, and its first sentence ranks first.
        let text = "The bridge will close. It is old.\n\nDiversions\nBuses will reroute. Walkers can cross.";
        assert_eq!(ranks(text), [(0, 0), (1, 0), (0, 1), (1, 1)]);
        // An author line among the byline block opens none; the byline ends the standfirst, so
        // the lede under it ranks first as well.
        let text = "Harbour town approves sea wall\n\n\
                    The council has voted 9-2 for a barrier that opponents say will cut residents off.\n\n\
                    Maria Lopez Environment correspondent\n\n\
                    Sat 6 Dec 2026 12.00 GMT\n\nThe council voted 9-2 on Tuesday. The wall will cost £900m.";
        assert_eq!(ranks(text), [(0, 0), (0, 0), (1, 0)]);
        // SEG-4: a line without its full stop at the top is the headline, and opens no section;
        // so is one under the menu, and a standfirst set like a headline under a short one.
        let text = "Council votes 9-2 for a barrier that opponents say will cut residents off from the water\n\n\
                    The council voted 9-2 on Tuesday. The wall will cost £900m.";
        assert_eq!(ranks(text), [(0, 0), (1, 0)]);
        let text = "Skip to content\n\nNews\n\n\
                    Council votes 9-2 for a barrier that opponents say will cut residents off from the water\n\n\
                    The council voted 9-2 on Tuesday. The wall will cost £900m.";
        assert_eq!(ranks(text), [(0, 0), (1, 0)]);
        let text = "Harbour town approves sea wall\n\n\
                    Council votes 9-2 for a barrier that opponents say will cut residents off from the water\n\n\
                    Maria Lopez Environment correspondent\n\n\
                    Sat 6 Dec 2026 12.00 GMT\n\nThe council voted 9-2 on Tuesday. The wall will cost £900m.";
        assert_eq!(ranks(text), [(0, 0), (1, 0)]);
    }

    #[test]
    fn position_and_length_are_bounded() {
        assert_eq!(position_weight(0, 8.0), 1.0);
        assert_eq!(position_weight(8, 8.0), 0.5);
        assert!(position_weight(3, 0.0) >= 0.0);
        assert_eq!(lead_factor(0.3, 0.3, 4.0), 0.5);
        assert!(lead_factor(0.1, 0.3, 4.0) > 0.98 && lead_factor(0.6, 0.3, 4.0) < 0.06);
        assert!(lead_factor(0.2, 0.3, 8.0) > lead_factor(0.2, 0.3, 4.0));
        assert_eq!(lead_factor(f64::INFINITY, 0.3, 4.0), 1.0);
        assert_eq!(lead_factor(0.5, 0.0, 4.0), 1.0);
        assert_eq!(length_factor(0), 0.0);
        assert_eq!(length_factor(20), 1.0);
        assert!(length_factor(80) < 1.0);
    }
}
