//! Stage 4: choose sentences under a budget, skip near-duplicates, keep source order.
//!
//! Rules:
//!
//! - **SEL-1** the budget comes from explicit `sentences`/`words`/`ratio` when any is given (all
//!   of them hold), otherwise from the `type` × `length` preset.
//! - **SEL-2** sentences are taken by score, highest first (ties: earlier first); excluded
//!   (non-content) sentences are never taken, unless the text has nothing else but headings.
//! - **SEL-3** a sentence that shares more than four fifths of its content stems with a chosen
//!   one (or a chosen one that shares that much with it) is a near-duplicate and is skipped.
//!   Sentences that merely share a topic are not duplicates: a long summary needs them.
//! - **SEL-4** a sentence that would break the word budget is skipped; if no sentence fits at
//!   all, the best one is trimmed to the budget. A headline is always the best sentence,
//!   trimmed to its word limit (SEL-6).
//! - **SEL-5** the chosen sentences are returned in source order.
//! - **SEL-6** a headline too long for its limit is the part of the sentence that reads best
//!   as one: closed quotations, a verb, an end where a phrase ends, maybe without a leading
//!   phrase that sets the scene (HL-1 … HL-6 in `headline.rs`).
//! - **SEL-7** a fact counts once: after a sentence is chosen, the facts it holds no longer add
//!   to the gain of other sentences that repeat them, so a summary covers more distinct facts.
//! - **SEL-8** a summary of three or more sentences keeps the article's key figure: its amount
//!   of money (what a deal, a budget or a result is about) or else a percentage. If none of the
//!   chosen sentences holds an amount of money, the best-scoring sentence that does replaces the
//!   weakest choice, or failing that, if none holds a percentage either, the best-scoring
//!   sentence with money or a percentage does; each when it scores at least half as well and the
//!   weakest choice holds no figure or date of its own (a count, a measure or any date:
//!   "68 teams", "in the 1900s", "on Tuesday"; one figure is not traded for another, nor the
//!   sentence that dates the event). In a summary of more than three sentences that takes
//!   more than a quarter of the article, only at a near tie (SEL-11).
//! - **SEL-9** the article's first sentence is given without its dateline ("LONDON (Reuters) -",
//!   "LONDON, Nov 30 (Reuters) -", "(CNN)", a press release's "SAN JOSE, Calif., Oct. 24, 2024
//!   /PRNewswire/ --", a place in capitals alone, "WASHINGTON —", or CNN's web pages'
//!   "Washington CNN —").
//! - **SEL-10** a summary of three or more sentences says when: if none of the chosen sentences
//!   holds a date ("on Thursday", "July 17", "2014"), the best-scoring sentence that does
//!   replaces the weakest choice that SEL-8 left, when it scores at least half as well. News
//!   dates its events, and the sentence that does is the one that reports the event.
//! - **SEL-11** SEL-10 leaves a summary of more than three sentences that takes more than a
//!   quarter of the article (of its content sentences or words) as chosen, and SEL-8 replaces
//!   a sentence there only with one that scores nearly as well (nine tenths): such a summary
//!   follows what the article is about (SC-6) and holds many of its sentences, so it seldom
//!   lacks a figure or a date by chance, and a forced one displaces a sentence the article is
//!   about; but at a near tie the figure is what a reader wants kept (a results story's
//!   revenue). Three sentences are too few to leave the figure to chance, and a longer
//!   summary of a long article still keeps to its lead.
//! - **SEL-12** a list item is given without its marker ("- ", "• ", "1. ") and a task list's
//!   box (`- [x] `): the summary's own formats set their sentences as a list, and a headline is
//!   no list item.
//! - **SEL-13** a sentence is given without the reference marks after its stop, as text copied
//!   from an encyclopedia has them ("… opened in 1932.\[2\]\[3\]", "… in 1930.\[citation needed\]"):
//!   they point to notes the summary does not hold.
//! - **SEL-14** a sentence is given without the label that opens it, as newsletters set their
//!   paragraphs ("Why it matters: The district floods …", "The bottom line: …"): one of a list
//!   of such labels, then a colon before a capital or a quote. A speaker ("Ana Ruiz: We heard
//!   that") and a clause ("He said: \"…\"", "It read: …") stay.
//! - **SEL-15** a headline of an article that has its own is that one: the first heading (not
//!   a menu's, a byline's or other furniture, NC-2 … NC-11) of at least five words above all
//!   of the article's sentences, as a pasted article or a press release sets it ("Northwind
//!   Robotics Raises $48 Million Series B to Expand Warehouse Automation Platform" under "FOR
//!   IMMEDIATE RELEASE"), if it shares two terms with the first three sentences; trimmed to
//!   the limit like any other (SEL-6). Its writer chose it to say what the article says.

mod headline;

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::facts::FactKind;
use crate::options::{Length, Options, SummaryType};
use crate::score::{Excluded, FactItem, Scored};
use crate::segment::Sentence;
pub use headline::trim_to_words;

/// How much a summary may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// At most this many sentences.
    pub sentences: usize,
    /// At most this many words in all, if limited.
    pub words: Option<usize>,
    /// Whether the best sentence is trimmed to the word limit (a headline) rather than
    /// passed over for shorter ones.
    pub trim: bool,
}

impl Budget {
    /// SEL-1: the budget `options` ask for, for an article of `article_words` words.
    pub fn new(options: &Options, article_words: usize) -> Budget {
        let ratio_words = options.ratio.map(|r| ((r * article_words as f64).ceil() as usize).max(1));
        let words = match (options.words, ratio_words) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if options.sentences.is_some() || words.is_some() {
            return Budget { sentences: options.sentences.unwrap_or(usize::MAX), words, trim: false };
        }
        let (short, medium, long) = match options.summary_type {
            SummaryType::KeyPoints => (3, 5, 7),
            SummaryType::Tldr | SummaryType::Teaser => (1, 3, 5),
            SummaryType::Headline => {
                return Budget { sentences: 1, words: Some(headline_words(options.length)), trim: true }
            }
        };
        let sentences = match options.length {
            Length::Short => short,
            Length::Medium => medium,
            Length::Long => long,
        };
        Budget { sentences, words: None, trim: false }
    }
}

impl Budget {
    /// SC-6 in [`score`](crate::score): the share of the article the summary may take — of
    /// its content sentences, or of its words, whichever is smaller — if the budget limits it.
    pub fn share(&self, scored: &[Scored]) -> Option<f64> {
        let content = scored.iter().filter(|s| s.features.excluded.is_none()).count();
        let words: usize = scored.iter().filter(|s| s.features.excluded.is_none()).map(|s| s.words).sum();
        let by_sentences =
            (self.sentences != usize::MAX && content > 0).then(|| self.sentences as f64 / content as f64);
        let by_words = self.words.filter(|_| words > 0).map(|w| w as f64 / words as f64);
        match (by_sentences, by_words) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

fn headline_words(length: Length) -> usize {
    match length {
        Length::Short => 12,
        Length::Medium => 17,
        Length::Long => 22,
    }
}

/// Picks sentences for `budget`; returns their spans (a trimmed one may end early), in source
/// order, each with its index into `sentences`.
pub fn select(text: &str, sentences: &[Sentence], scored: &[Scored], budget: Budget) -> Vec<(usize, Sentence)> {
    let candidates = ranked(scored);
    // SEL-9: the article's first sentence, past a line of a name or two that a pasted page
    // sets above it ("Harbor Systems Inc." under "NEWS PROVIDED BY").
    let first = scored.iter().position(|s| s.features.excluded.is_none() && s.words > NAME_LINE_WORDS);
    let span = |i: usize| {
        let sentence = without_label(text, without_reference_marks(text, without_list_marker(text, sentences[i])));
        if Some(i) == first {
            without_dateline(text, sentence)
        } else {
            sentence
        }
    };
    let mut chosen = if budget.trim { Vec::new() } else { greedy(scored, &candidates, budget) };
    if chosen.is_empty() {
        // SEL-4: a headline, or nothing fits whole: trim the best sentence to the word budget;
        // SEL-15: a headline is the article's own, if it has one.
        let limit = budget.words.unwrap_or(usize::MAX);
        let own = budget.trim.then(|| own_headline(scored)).flatten();
        let best = own.or(candidates.first().copied());
        return best.map(|i| (i, trim_to_words(text, span(i), limit))).into_iter().collect();
    }
    keep_figure_and_date(scored, &mut chosen, budget);
    chosen.sort_unstable();
    chosen.into_iter().map(|i| (i, span(i))).collect()
}

/// SEL-15: the article's own headline: the first heading of at least [`HEADLINE_MIN_WORDS`]
/// words, not furniture, above all of the article's sentences, that shares at least
/// [`HEADLINE_SHARED_TERMS`] terms with its first [`LEDE_SENTENCES`] sentences: a headline says
/// what the lede says, where a match report's venue or its broadcaster ("BBC1, Five Live and
/// this website") does not.
fn own_headline(scored: &[Scored]) -> Option<usize> {
    let lede: Vec<&[u32]> =
        scored.iter().filter(|s| s.features.excluded.is_none()).take(LEDE_SENTENCES).map(|s| &s.terms[..]).collect();
    let first_sentence = scored.iter().position(|s| s.features.excluded.is_none())?;
    let heading = scored
        .get(..first_sentence)?
        .iter()
        .position(|s| s.features.excluded == Some(Excluded::Heading) && s.words >= HEADLINE_MIN_WORDS)?;
    let in_lede = |term: &u32| lede.iter().any(|terms| terms.binary_search(term).is_ok());
    let shared = scored[heading].terms.iter().filter(|t| in_lede(t)).count();
    (shared >= HEADLINE_SHARED_TERMS).then_some(heading)
}

/// SEL-15: the fewest words of an article's own headline: fewer are a section's name or a
/// label ("Key dates", "Outlook for 2026") or a venue ("Stade de France, Paris").
const HEADLINE_MIN_WORDS: usize = 5;
/// SEL-15: the fewest terms a headline shares with the lede.
const HEADLINE_SHARED_TERMS: usize = 2;
/// SEL-15: the sentences of the lede that a headline sums up.
const LEDE_SENTENCES: usize = 3;

/// SEL-9: the most words of a line above the article's first sentence that names its source.
const NAME_LINE_WORDS: usize = 3;

/// SEL-9: the article's first sentence without its dateline — a place of at most four
/// capitalised words, maybe with the day after a comma, and a source in parentheses, then an
/// optional dash, before a capital or a quote: "(CNN) Rebels seized …", "Sanaa, Yemen (CNN) In
/// just …", "LONDON (Reuters) - The …", "LONDON, Nov 30 (Reuters) - Oil …"; a press wire's
/// source may stand between slashes ("SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme
/// …"). A dateline is chrome, not content; the span starts after it.
fn without_dateline(text: &str, sentence: Sentence) -> Sentence {
    let body = sentence.text(text);
    if let Some(end) = dash_dateline_end(body) {
        return Sentence { start: sentence.start + end, ..sentence };
    }
    let Some(open) = body.find(['(', '/']).filter(|&open| open <= 60) else { return sentence };
    let closing = if body[open..].starts_with('(') { ')' } else { '/' };
    let Some(close) = body[open + 1..].find(closing).map(|c| open + 1 + c) else { return sentence };
    let place = without_day(&body[..open]).split_whitespace().map(|w| w.trim_end_matches(','));
    let source = body[open + 1..close].split_whitespace();
    let capitalised =
        |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit());
    let (places, sources) = (place.clone().count(), source.clone().count());
    if places > 4 || !(1..=4).contains(&sources) || !place.chain(source).all(capitalised) {
        return sentence;
    }
    let after = &body[close + 1..];
    let rest = after.trim_start().trim_start_matches(['-', '–', '—']).trim_start();
    if rest.len() == after.len() && !after.is_empty() || !opens_sentence(rest) {
        return sentence;
    }
    Sentence { start: sentence.start + body.len() - rest.len(), ..sentence }
}

/// SEL-9: where the body starts after a dateline without a source in brackets: a place in
/// capitals ("WASHINGTON — The …", "SAN JOSE, Calif. -- Acme …") or a place and CNN, as its web
/// pages set them ("Washington CNN — The …").
fn dash_dateline_end(body: &str) -> Option<usize> {
    const DASHES: [&str; 4] = [" — ", " -- ", " – ", " - "];
    let (at, dash) = DASHES.iter().filter_map(|d| body.find(d).map(|at| (at, d.len()))).min()?;
    let rest = body.get(at + dash..)?;
    if at > 60 || !opens_sentence(rest) {
        return None;
    }
    let (town, region) = body[..at].split_once(", ").unwrap_or((&body[..at], ""));
    let words: Vec<&str> = town.split(' ').collect();
    let in_capitals = |w: &&str| w.chars().all(|c| c.is_uppercase() || ".-'’".contains(c));
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit());
    let capitals = words.iter().all(in_capitals) && words.iter().any(|w| w.chars().count() >= 3);
    let cnn = words.len() >= 2 && words.last() == Some(&"CNN") && words.iter().all(capitalised);
    let region_ok = region.is_empty() || region.len() <= 24 && region.split(' ').all(|w| capitalised(&w));
    ((1..=4).contains(&words.len()) && (capitals || cnn) && region_ok).then_some(at + dash)
}

/// SEL-12: a list item without its marker: "- Revenue of $412 million" is given as "Revenue of
/// $412 million", so a summary set as a list does not show "- - Revenue".
fn without_list_marker(text: &str, sentence: Sentence) -> Sentence {
    let Some(start) = crate::segment::after_list_marker(text, &sentence) else { return sentence };
    // A task list's box after the bullet: "- [x] Levee design approved".
    let boxed = text
        .get(start..sentence.end)
        .is_some_and(|item| ["[ ] ", "[x] ", "[X] "].iter().any(|b| item.starts_with(b)) && item.len() > 4);
    Sentence { start: start + if boxed { 4 } else { 0 }, ..sentence }
}

/// SEL-14: a sentence without the newsletter label that opens it ("Why it matters: The …" →
/// "The …").
fn without_label(text: &str, sentence: Sentence) -> Sentence {
    let body = sentence.text(text);
    let Some(colon) = body.get(..LONGEST_LABEL + 1).unwrap_or(body).find(": ") else { return sentence };
    let rest = &body[colon + 2..];
    let label = &body[..colon];
    let known = LABELS.iter().any(|l| is_label(label, l));
    if !known || !opens_sentence(rest) {
        return sentence;
    }
    Sentence { start: sentence.start + colon + 2, ..sentence }
}

/// SEL-14: whether `label` is `listed` (lower case), in any case and with either apostrophe.
fn is_label(label: &str, listed: &str) -> bool {
    let curly_as_straight = |c: char| if c == '’' { '\'' } else { c.to_ascii_lowercase() };
    label.chars().map(curly_as_straight).eq(listed.chars())
}

/// SEL-14: the labels that newsletters open their paragraphs with (Axios and its followers).
const LABELS: [&str; 36] = [
    "also ahead",
    "be smart",
    "between the lines",
    "bottom line",
    "by the numbers",
    "catch up quick",
    "context",
    "details",
    "driving the news",
    "flashback",
    "go deeper",
    "key takeaways",
    "our thought bubble",
    "reality check",
    "state of play",
    "the backstory",
    "the big picture",
    "the bottom line",
    "the catch",
    "the details",
    "the intrigue",
    "the latest",
    "the other side",
    "the stakes",
    "the takeaway",
    "what happened",
    "what it means",
    "what they're saying",
    "what to watch",
    "what we're watching",
    "what's next",
    "why it matters",
    "yes, but",
    "zoom in",
    "zoom out",
    "the big question",
];

/// SEL-14: the longest of [`LABELS`], in bytes.
const LONGEST_LABEL: usize = 19;

/// SEL-13: a sentence without the bracketed reference marks that follow its stop ("in
/// 1932.[2][3]" → "in 1932."); as it is when they follow no stop (an editor's "[sic]").
fn without_reference_marks(text: &str, sentence: Sentence) -> Sentence {
    /// The longest mark taken for one: "citation needed", "clarification needed", "note 12".
    const MARK_LEN: usize = 40;
    let body = sentence.text(text);
    let mut rest = body;
    while let Some(inner) = rest.strip_suffix(']') {
        let Some(open) = inner.rfind('[') else { break };
        let mark = &inner[open + 1..];
        if mark.is_empty() || mark.len() > MARK_LEN || mark.contains(']') {
            break;
        }
        rest = inner[..open].trim_end();
    }
    let stopped = rest.trim_end_matches(crate::score::CLOSING_MARKS).ends_with(['.', '!', '?']);
    if rest.len() == body.len() || !stopped {
        return sentence;
    }
    Sentence { end: sentence.start + rest.len(), ..sentence }
}

/// SEL-9, SEL-14: whether `rest`, after a dateline or a label, opens as a sentence does: with a
/// capital or an opening quote.
fn opens_sentence(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_uppercase() || "\"“'‘".contains(c))
}

/// SEL-9: `place` without the date a wire dateline gives after a comma ("LONDON, Nov 30 " →
/// "LONDON", "SAN JOSE, Calif., Oct. 24, 2024 " → "SAN JOSE, Calif."); as it is when it ends
/// with no such date.
fn without_day(place: &str) -> &str {
    let mut trimmed = place.trim_end();
    if let Some((rest, year)) = trimmed.rsplit_once(char::is_whitespace) {
        if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && rest.ends_with(',') {
            trimmed = &rest[..rest.len() - 1];
        }
    }
    let Some((rest, day)) = trimmed.rsplit_once(char::is_whitespace) else { return place };
    let Some((before, month)) = rest.trim_end().rsplit_once(char::is_whitespace) else { return place };
    let is_day = (1..=2).contains(&day.len()) && day.bytes().all(|b| b.is_ascii_digit());
    let is_month = crate::facts::lexicon::month(month.trim_end_matches('.')).is_some();
    match before.trim_end().strip_suffix(',') {
        Some(town) if is_day && is_month => town,
        _ => place,
    }
}

/// SEL-8 and SEL-10: the ratio of scores at which a sentence that holds what the summary
/// lacks replaces a chosen one.
const FIGURE_RATIO: f64 = 0.5;

/// SEL-11: the ratio for SEL-8 in a summary that follows the body: only a near tie.
const NEAR_TIE: f64 = 0.9;

/// SEL-11: a summary of more than three sentences that takes more than this share of the
/// article's content sentences or words picks what the article is about (SC-6): SEL-10 leaves
/// it as chosen, and SEL-8 changes it only at a [`NEAR_TIE`].
const FIGURE_SHARE: f64 = 0.25;

/// SEL-8 and SEL-10: a summary of three or more sentences keeps the article's key figure and
/// says when; if it has more than three and takes more than [`FIGURE_SHARE`] of the article,
/// only SEL-8 and only at a [`NEAR_TIE`] (SEL-11). SEL-8 runs first and may replace the last
/// sentence chosen (the one with the least gain); SEL-10 then the last one that SEL-8 left.
fn keep_figure_and_date(scored: &[Scored], chosen: &mut [usize], budget: Budget) {
    let follows_body = chosen.len() > 3 && budget.share(scored).is_some_and(|share| share > FIGURE_SHARE);
    if chosen.len() < 3 {
        return;
    }
    let last = chosen.len() - 1;
    let is_money = |f: &FactItem| f.kind == FactKind::Money;
    let is_key_figure = |f: &FactItem| matches!(f.kind, FactKind::Money | FactKind::Percent);
    let has_own_figure = scored[chosen[last]].fact_items.iter().any(|f| f.figure);
    let ratio = if follows_body { NEAR_TIE } else { FIGURE_RATIO };
    let replaced = !has_own_figure
        && (keep_holder(scored, chosen, budget, last, ratio, is_money)
            || keep_holder(scored, chosen, budget, last, ratio, is_key_figure));
    if !follows_body {
        keep_holder(scored, chosen, budget, last - usize::from(replaced), FIGURE_RATIO, |f| f.kind == FactKind::Date);
    }
}

/// If none of the chosen sentences holds a fact that `wanted` accepts, the best-scoring
/// sentence that does replaces `chosen[slot]`, provided its score is at least
/// [`FIGURE_RATIO`] of that one's, it repeats no other choice (SEL-3) and the word budget
/// allows. Whether it did.
fn keep_holder(
    scored: &[Scored],
    chosen: &mut [usize],
    budget: Budget,
    slot: usize,
    ratio: f64,
    wanted: impl Fn(&FactItem) -> bool,
) -> bool {
    let holds = |i: &usize| scored[*i].fact_items.iter().any(&wanted);
    if chosen.iter().any(holds) {
        return false;
    }
    let kept = || chosen.iter().enumerate().filter(move |(k, _)| *k != slot).map(|(_, &j)| j);
    let holder = (0..scored.len())
        .filter(|i| scored[*i].features.excluded.is_none() && holds(i))
        .filter(|&i| !kept().any(|j| near_duplicate(&scored[i].terms, &scored[j].terms)))
        .max_by(|&a, &b| scored[a].score.total_cmp(&scored[b].score).then(b.cmp(&a)));
    let Some(holder) = holder else { return false };
    if scored[holder].score < ratio * scored[chosen[slot]].score {
        return false;
    }
    let words = kept().map(|j| scored[j].words).sum::<usize>() + scored[holder].words;
    if budget.words.is_some_and(|limit| words > limit) {
        return false;
    }
    chosen[slot] = holder;
    true
}

/// A sentence waiting to be chosen, ordered by gain, then earlier first.
#[derive(PartialEq)]
struct Candidate {
    gain: f64,
    index: usize,
    /// How many sentences had been chosen when `gain` was computed.
    computed_at: usize,
}

impl Eq for Candidate {}

impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.gain.total_cmp(&other.gain).then(other.index.cmp(&self.index))
    }
}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// SEL-2 … SEL-4 and SEL-7: greedy choice by gain, where the gain of a sentence is its score
/// less the salience of facts that chosen sentences already cover. Gains only fall as more is
/// covered, so a candidate whose gain is up to date and still the highest is the best choice
/// ("lazy greedy"): most candidates are never recomputed.
fn greedy(scored: &[Scored], candidates: &[usize], budget: Budget) -> Vec<usize> {
    let fact_ids = scored.iter().flat_map(|s| s.fact_items.iter().map(|f| f.id as usize + 1)).max();
    let mut covered = vec![false; fact_ids.unwrap_or(0)];
    let mut heap: BinaryHeap<Candidate> =
        candidates.iter().map(|&index| Candidate { gain: scored[index].score, index, computed_at: 0 }).collect();
    let (mut chosen, mut words) = (Vec::new(), 0);
    while let Some(top) = heap.pop() {
        if chosen.len() >= budget.sentences {
            break;
        }
        let s = &scored[top.index];
        if top.computed_at < chosen.len() {
            let gain = s.score - s.fact_factor * covered_salience(s, &covered);
            heap.push(Candidate { gain, computed_at: chosen.len(), ..top });
            continue;
        }
        let over_budget = budget.words.is_some_and(|limit| words + s.words > limit);
        if over_budget || chosen.iter().any(|&j: &usize| near_duplicate(&s.terms, &scored[j].terms)) {
            continue;
        }
        s.fact_items.iter().for_each(|f| covered[f.id as usize] = true);
        words += s.words;
        chosen.push(top.index);
    }
    chosen
}

fn covered_salience(s: &Scored, covered: &[bool]) -> f64 {
    s.fact_items.iter().filter(|f| covered[f.id as usize]).map(|f| f.share).sum()
}

/// SEL-2: content sentences by score; if there are none, the headings (never boilerplate).
fn ranked(scored: &[Scored]) -> Vec<usize> {
    let mut content: Vec<usize> = (0..scored.len()).filter(|&i| scored[i].features.excluded.is_none()).collect();
    if content.is_empty() {
        content = (0..scored.len())
            .filter(|&i| scored[i].features.excluded == Some(Excluded::Heading) && scored[i].words > 0)
            .collect();
    }
    // A total order (ties go to the earlier sentence), so an unstable sort gives the same result.
    content.sort_unstable_by(|&a, &b| scored[b].score.total_cmp(&scored[a].score).then(a.cmp(&b)));
    content
}

/// SEL-3: more than four fifths of the smaller sentence's stems appear in the other.
fn near_duplicate(a: &[u32], b: &[u32]) -> bool {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared * 5 > smaller * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` as one prose sentence, without its trailing whitespace.
    fn prose(text: &str) -> Sentence {
        Sentence { start: 0, end: text.trim_end().len(), paragraph: 0, kind: crate::SentenceKind::Prose }
    }

    #[test]
    fn presets_follow_chrome() {
        let budget = |t: &str, l: &str| {
            let mut options = Options::default();
            options.set("type", t).unwrap();
            options.set("length", l).unwrap();
            Budget::new(&options, 1000)
        };
        assert_eq!(budget("key-points", "short").sentences, 3);
        assert_eq!(budget("key-points", "long").sentences, 7);
        assert_eq!(budget("tldr", "medium").sentences, 3);
        assert_eq!(budget("teaser", "long").sentences, 5);
        assert_eq!(budget("headline", "medium"), Budget { sentences: 1, words: Some(17), trim: true });
    }

    #[test]
    fn explicit_budgets_override_presets_and_combine() {
        let options = Options { words: Some(50), ratio: Some(0.02), ..Options::default() };
        assert_eq!(Budget::new(&options, 1000), Budget { sentences: usize::MAX, words: Some(20), trim: false });
    }

    #[test]
    fn budget_share_is_of_content_sentences_or_words() {
        let sentence = |words: usize, excluded: Option<Excluded>| {
            let mut s = Scored { words, ..Scored::default() };
            s.features.excluded = excluded;
            s
        };
        let scored = [sentence(10, None), sentence(5, Some(Excluded::Heading)), sentence(30, None)];
        let budget = |sentences: usize, words: Option<usize>| Budget { sentences, words, trim: false };
        assert_eq!(budget(1, None).share(&scored), Some(0.5));
        assert_eq!(budget(usize::MAX, Some(10)).share(&scored), Some(0.25));
        assert_eq!(budget(2, Some(10)).share(&scored), Some(0.25));
        assert_eq!(budget(usize::MAX, None).share(&scored), None);
        assert_eq!(budget(3, None).share(&[]), None);
    }

    #[test]
    fn sel_11_a_long_summary_takes_its_key_figure_only_at_a_near_tie() {
        // Ten content sentences; the last holds the only amount of money.
        let sentence = |i: u32, score: f64, money: bool| {
            let kind = FactKind::Money;
            let item = FactItem { id: 0, kind, recurrence: 1.0, figure: false, share: 1.0 };
            let fact_items = if money { vec![item] } else { Vec::new() };
            Scored { score, words: 10, fact_items, terms: vec![i], ..Scored::default() }
        };
        let with_figure_at = |figure: f64| {
            let mut scored: Vec<Scored> = (0..9).map(|i| sentence(i, 1.0 - 0.05 * f64::from(i), false)).collect();
            scored.push(sentence(9, figure, true));
            scored
        };
        let budget = Budget { sentences: 4, words: None, trim: false };
        let choose = |scored: &[Scored]| {
            let mut chosen = vec![0, 1, 2, 3];
            keep_figure_and_date(scored, &mut chosen, budget);
            chosen
        };
        // The weakest choice scores 0.85: the figure at 0.8 (0.94 of it) replaces it, at 0.7 not.
        assert_eq!(choose(&with_figure_at(0.8)), [0, 1, 2, 9]);
        assert_eq!(choose(&with_figure_at(0.7)), [0, 1, 2, 3]);
    }

    #[test]
    fn labels_that_open_a_sentence_are_left_out() {
        let cases = [
            ("Why it matters: The district floods often.", "The district floods often."),
            ("The bottom line: It was worth it.", "It was worth it."),
            ("What's next: Work starts in spring.", "Work starts in spring."),
            ("Yes, but: \"It will cost more,\" she said.", "\"It will cost more,\" she said."),
            ("What’s next: Work starts in spring.", "Work starts in spring."),
            ("Context: The vote ended a debate.", "The vote ended a debate."),
            ("Ana Ruiz: We heard that.", "Ana Ruiz: We heard that."),
            ("RUIZ: We heard that.", "RUIZ: We heard that."),
            ("He said: \"We will rebuild.\"", "He said: \"We will rebuild.\""),
            ("It read: \"Congratulations.\"", "It read: \"Congratulations.\""),
            ("Iranian minister: Some consider peace a threat.", "Iranian minister: Some consider peace a threat."),
            ("Why it matters: it floods.", "Why it matters: it floods."),
            (
                "The council said two things: first, it would vote.",
                "The council said two things: first, it would vote.",
            ),
            ("In 2024 alone: The district flooded six times.", "In 2024 alone: The district flooded six times."),
        ];
        for (text, expected) in cases {
            let sentence = prose(text);
            assert_eq!(without_label(text, sentence).text(text), expected, "{text}");
        }
        assert_eq!(Some(LONGEST_LABEL), LABELS.iter().map(|label| label.len()).max());
    }

    #[test]
    fn reference_marks_after_the_stop_are_left_out() {
        let cases = [
            ("It opened in 1932.[2][3]", "It opened in 1932."),
            ("It was finished in 1930.[citation needed]", "It was finished in 1930."),
            ("He said \"yes.\"[4] ", "He said \"yes.\""),
            ("The arch was \"the Coathanger\" [sic]", "The arch was \"the Coathanger\" [sic]"),
            ("See the table [1]", "See the table [1]"),
            ("[1]", "[1]"),
            (
                "It opened.[a very long bracket that goes on and on and on for ever]",
                "It opened.[a very long bracket that goes on and on and on for ever]",
            ),
        ];
        for (text, expected) in cases {
            let sentence = prose(text);
            assert_eq!(without_reference_marks(text, sentence).text(text), expected, "{text}");
        }
    }

    #[test]
    fn datelines_without_a_bracketed_source_are_left_out() {
        let cases = [
            ("WASHINGTON — The Senate voted on Tuesday.", "The Senate voted on Tuesday."),
            ("SAN JOSE, Calif. -- Acme said revenue rose.", "Acme said revenue rose."),
            ("NEW YORK - Stocks fell on Monday.", "Stocks fell on Monday."),
            ("Washington CNN — The Senate voted on Tuesday.", "The Senate voted on Tuesday."),
            ("US — China talks resumed on Monday.", "US — China talks resumed on Monday."),
            ("Washington — the Senate voted.", "Washington — the Senate voted."),
            ("The Senate - which voted on Tuesday - met again.", "The Senate - which voted on Tuesday - met again."),
        ];
        for (text, expected) in cases {
            let sentence = prose(text);
            assert_eq!(without_dateline(text, sentence).text(text), expected, "{text}");
        }
    }

    #[test]
    fn datelines_are_left_out() {
        let strip = |text: &str| {
            let sentence = prose(text);
            without_dateline(text, sentence).text(text).to_string()
        };
        assert_eq!(strip("(CNN) Rebels seized the airport."), "Rebels seized the airport.");
        assert_eq!(strip("Sanaa, Yemen (CNN) In just a few weeks, it changed."), "In just a few weeks, it changed.");
        assert_eq!(strip("LONDON (Reuters) - The pound fell."), "The pound fell.");
        assert_eq!(strip("LONDON, Nov 30 (Reuters) - Oil rose 2%."), "Oil rose 2%.");
        assert_eq!(strip("WASHINGTON, Jan. 5 (Reuters) - The Fed held."), "The Fed held.");
        assert_eq!(
            strip("SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme Robotics today announced results."),
            "Acme Robotics today announced results."
        );
        assert_eq!(strip("NEW YORK, Oct. 24, 2024 (GLOBE NEWSWIRE) -- Acme rose."), "Acme rose.");
        assert_eq!(strip("SAN FRANCISCO--(BUSINESS WIRE)--Acme rose."), "Acme rose.");
        assert_eq!(strip("(The Hollywood Reporter) \"It's official.\""), "\"It's official.\"");
        for kept in [
            "Apple (AAPL) shares rose 3%.",
            "Revenue rose (see table 2) on Monday.",
            "The mayor of Springfield (pop. 30,000) resigned.",
            "(CNN)",
            "Shares of Acme (ACME) rose.",
            "On Nov 30 (Thursday) the pound fell.",
            "LONDON, Nov 300 (Reuters) - Oil rose.",
            "Sales rose 5% in 2024/25 to a record.",
            "The AC/DC tour (2024) sold out.",
        ] {
            assert_eq!(strip(kept), kept);
        }
    }

    #[test]
    fn list_items_lose_their_markers() {
        let text = "Results:\n- Revenue rose 34%\n2. Margins widened\n- ";
        let items = crate::segment::sentences(text);
        let given: Vec<&str> = items.iter().map(|&s| without_list_marker(text, s).text(text)).collect();
        assert_eq!(given, ["Results:", "Revenue rose 34%", "Margins widened", "-"]);
    }
}
