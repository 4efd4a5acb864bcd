//! Unit tests, one group per rule of the module docs, then robustness.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.text(text)).collect()
}

fn split_in<'a>(text: &'a str, language: &str) -> Vec<&'a str> {
    sentences_in(text, Some(language)).iter().map(|s| s.text(text)).collect()
}

fn kinds(text: &str) -> Vec<SentenceKind> {
    sentences(text).iter().map(|s| s.kind).collect()
}

#[test]
fn seg1_blank_lines_end_paragraphs() {
    let text = "One. Two.\n\n  \nThree.";
    let found = sentences(text);
    let paragraphs: Vec<usize> = found.iter().map(|s| s.paragraph).collect();
    assert_eq!(paragraphs, [0, 0, 1]);
}

#[test]
fn seg2_hard_line_breaks() {
    assert_eq!(split("It rained.\nWe stayed in."), ["It rained.", "We stayed in."]);
    let text = "Results by region\nSales rose in Europe.";
    assert_eq!(split(text), ["Results by region", "Sales rose in Europe."]);
    let found = sentences("First line.\nSecond line.");
    assert_eq!((found[0].paragraph, found[1].paragraph), (0, 1));
}

#[test]
fn seg3_soft_line_breaks() {
    assert_eq!(split("It was a cold \nnight in the city."), ["It was a cold \nnight in the city."]);
    assert_eq!(split("This is a sentence\ncut off in the middle."), ["This is a sentence\ncut off in the middle."]);
    assert_eq!(split("Andy Jassy,\nAmazon's chief, spoke."), ["Andy Jassy,\nAmazon's chief, spoke."]);
    assert_eq!(split("features\ncontact manager\nevents"), ["features", "contact manager", "events"]);
}

#[test]
fn seg4_headings() {
    let text = "Sales rose.\nReasons behind the cuts\nThe firm cut jobs.";
    use SentenceKind::{Heading, Prose};
    assert_eq!(kinds(text), [Prose, Heading, Prose]);
    // A long unpunctuated trailer is its own sentence, but prose.
    let trailer =
        "Sales rose.\nThe post Sales rose sharply across every region this year appeared first on Example News";
    assert_eq!(kinds(trailer), [Prose, Prose]);
    // A text of one line has no heading.
    assert_eq!(kinds("Hello world"), [Prose]);
}

#[test]
fn seg5_terminators_of_other_scripts() {
    assert_eq!(split("我们走吧。好！"), ["我们走吧。", "好！"]);
    assert_eq!(split_in("Πού είναι; Εδώ.", "el"), ["Πού είναι;", "Εδώ."]);
    assert_eq!(split_in("Ի՞նչ ես մտածում: Ոչինչ:", "hy"), ["Ի՞նչ ես մտածում:", "Ոչինչ:"]);
    assert_eq!(split("यह अच्छा है। वह भी।"), ["यह अच्छा है।", "वह भी।"]);
}

#[test]
fn seg6_terminal_clusters() {
    assert_eq!(split("Hello?! Is that you?"), ["Hello?!", "Is that you?"]);
    assert_eq!(split(r#"He said "Stop." Then he left."#), [r#"He said "Stop.""#, "Then he left."]);
    assert_eq!(split("It is a gas.[1] It burns."), ["It is a gas.[1]", "It burns."]);
    assert_eq!(split("It is a gas. [1][2] It burns."), ["It is a gas. [1][2]", "It burns."]);
    assert_eq!(split("as in (1987).1 According to"), ["as in (1987).1", "According to"]);
    assert_eq!(split("Really ? ? ? Then go."), ["Really ? ? ?", "Then go."]);
}

#[test]
fn seg7_lowercase_continues() {
    assert_eq!(split("She works at Yahoo! in the city."), ["She works at Yahoo! in the city."]);
    assert_eq!(split("Bake it, and -- voila! -- cake."), ["Bake it, and -- voila! -- cake."]);
}

#[test]
fn seg8_missing_space() {
    assert_eq!(
        split("Hello world.Today is Tuesday.Mr. Smith went."),
        ["Hello world.", "Today is Tuesday.", "Mr. Smith went."]
    );
    assert_eq!(split("It costs 1,000.That is a lot."), ["It costs 1,000.", "That is a lot."]);
    assert_eq!(split("He has a Ph.D. in law."), ["He has a Ph.D. in law."]);
}

#[test]
fn seg9_numbers() {
    assert_eq!(split("Sales were $29.3 billion, up 2.5%."), ["Sales were $29.3 billion, up 2.5%."]);
    assert_eq!(split("Today is 11.18.2014. Yay $.50 and .50!"), ["Today is 11.18.2014.", "Yay $.50 and .50!"]);
    assert_eq!(split("I have 600. How many?"), ["I have 600.", "How many?"]);
}

#[test]
fn seg10_addresses() {
    assert_eq!(
        split("Mail Jane.Doe@example.com. Or see www.Example.Com/new.html. Bye."),
        ["Mail Jane.Doe@example.com.", "Or see www.Example.Com/new.html.", "Bye."]
    );
}

#[test]
fn seg11_abbreviations() {
    assert_eq!(split("Mr. Smith met Dr. Jones at St. Mary's."), ["Mr. Smith met Dr. Jones at St. Mary's."]);
    assert_eq!(split("See p. 55 and No. 5 now."), ["See p. 55 and No. 5 now."]);
    assert_eq!(split("Acme Inc. said so. Acme Inc. It grew."), ["Acme Inc. said so.", "Acme Inc.", "It grew."]);
    assert_eq!(split("I work for the U.S. Government."), ["I work for the U.S. Government."]);
    assert_eq!(split("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
    assert_eq!(split("She earned her Ph.D. Tom was proud."), ["She earned her Ph.D.", "Tom was proud."]);
    assert_eq!(split("It weighed 5 lb. Tom lifted it."), ["It weighed 5 lb.", "Tom lifted it."]);
}

#[test]
fn seg12_initials() {
    assert_eq!(split("My name is Jonas E. Smith."), ["My name is Jonas E. Smith."]);
    assert_eq!(split("J. R. R. Tolkien wrote it."), ["J. R. R. Tolkien wrote it."]);
    assert_eq!(
        split("We make a team, you and I. Did you see Albert I. Jones?"),
        ["We make a team, you and I.", "Did you see Albert I. Jones?"]
    );
    assert_eq!(split_in("Das ist z. B. gut.", "de"), ["Das ist z. B. gut."]);
}

#[test]
fn seg13_times() {
    assert_eq!(
        split("At 5 a.m. Mr. Smith went out. He came back at 6 P.M. Mr. Smith then slept."),
        ["At 5 a.m. Mr. Smith went out.", "He came back at 6 P.M.", "Mr. Smith then slept."]
    );
    assert_eq!(split("At 11:58 p.m. PDT it ended."), ["At 11:58 p.m. PDT it ended."]);
    assert_eq!(
        split("Das Geld geht u. a. an die Bahn. Die Opposition ist dagegen."),
        ["Das Geld geht u. a. an die Bahn.", "Die Opposition ist dagegen."]
    );
    assert_eq!(
        split("Acme will host a call at 2:00 p.m. Pacific Time to discuss the results. It will be brief."),
        ["Acme will host a call at 2:00 p.m. Pacific Time to discuss the results.", "It will be brief."]
    );
}

#[test]
fn seg14_ellipses() {
    assert_eq!(split("I never meant that.... She left."), ["I never meant that....", "She left."]);
    assert_eq!(split("It was . . . fine, I mean...see."), ["It was . . . fine, I mean...see."]);
    assert_eq!(split("the end . . . . Next one."), ["the end . . . .", "Next one."]);
    assert_eq!(split("compounds. . . . The end."), ["compounds.", ". . . The end."]);
    assert_eq!(split(r#""Bohr [...] said so" (Smith 55)."#), [r#""Bohr [...] said so" (Smith 55)."#]);
}

#[test]
fn seg15_quotations_and_brackets() {
    assert_eq!(split(r#""How many? I don't know," she said."#), [r#""How many? I don't know," she said."#]);
    assert_eq!(
        split("This was shown by (A. Author et al.) a year ago."),
        ["This was shown by (A. Author et al.) a year ago."]
    );
    assert_eq!(split("It rained! (Which was no surprise.)"), ["It rained! (Which was no surprise.)"]);
    assert_eq!(split("Hi. (Dinah was the cat.) Bye."), ["Hi.", "(Dinah was the cat.)", "Bye."]);
    assert_eq!(split("„Ja. Nein“, sagte er."), ["„Ja. Nein“, sagte er."]);
}

#[test]
fn seg16_list_items() {
    let text = "1. The first item 2. The second item";
    assert_eq!(split(text), ["1. The first item", "2. The second item"]);
    assert_eq!(kinds(text), [SentenceKind::ListItem, SentenceKind::ListItem]);
    assert_eq!(split("• 9. One • 10. Two"), ["• 9. One", "• 10. Two"]);
    assert_eq!(split("a) here b) there"), ["a) here", "b) there"]);
    assert_eq!(split("He is no. 5. As payment for 1. above, pay."), ["He is no. 5.", "As payment for 1. above, pay."]);
    assert_eq!(split("Rules:\n* Be kind.\n* Be fair."), ["Rules:", "* Be kind.", "* Be fair."]);
}

#[test]
fn seg17_ordinals_and_language_tables() {
    assert_eq!(split_in("Am 12. Juni kam er.", "de"), ["Am 12. Juni kam er."]);
    assert_eq!(split_in("Hola Srta. Ledesma. Buenos días.", "es"), ["Hola Srta. Ledesma.", "Buenos días."]);
    assert_eq!(split_in("На 150 г. Саргон дойде.", "bg"), ["На 150 г. Саргон дойде."]);
    assert_eq!(split_in("Am 12. Juni kam er.", "en"), ["Am 12.", "Juni kam er."]);
}

#[test]
fn seg18_detection_picks_rules() {
    assert_eq!(
        split("Wir haben am 12. Juni die Wahl. Das ist gut."),
        ["Wir haben am 12. Juni die Wahl.", "Das ist gut."]
    );
    assert_eq!(sentences_in("Hello. World.", Some("xx")).len(), 2, "unknown codes get English");
}

#[test]
fn language_codes() {
    assert!(is_language_code("en"));
    assert!(!is_language_code("EN") && !is_language_code("eng") && !is_language_code(""));
}

/// Checks the invariants every result must keep: in order, non-overlapping, trimmed,
/// non-empty, on char boundaries.
fn check_invariants(text: &str) {
    let found = sentences(text);
    let mut last_end = 0;
    let mut last_paragraph = 0;
    for s in &found {
        assert!(s.start >= last_end && s.start < s.end && s.end <= text.len(), "{s:?}");
        let piece = text.get(s.start..s.end).expect("char boundaries");
        assert_eq!(piece.trim(), piece, "trimmed");
        assert!(s.paragraph >= last_paragraph);
        last_end = s.end;
        last_paragraph = s.paragraph;
    }
}

#[test]
fn robustness_on_odd_inputs() {
    let long_word = "a".repeat(1 << 20);
    let one_word_lines = "word\n".repeat(10_000);
    let inputs = [
        "",
        "   \n\t\n  ",
        ".",
        "...",
        "\u{0}\u{1}\u{7f}.\u{1b}[0m. x",
        "שלום. מה שלומך? טוב.",
        "مرحبا. كيف حالك؟ بخير.",
        "👩‍👩‍👧‍👦. 👍🏽! Ok.",
        "e\u{301}te\u{301}. Cafe\u{301}. Ok.",
        "日本語の文。次の文！最後？",
        "\u{202a}.\u{202c} \u{200b}. \u{feff}Hi.",
        "(((((((((((((. ))))))))) \"\"\"\"'''' «« »»",
        "1. 2. 3. a) b) (i) (ii) • • ⁃",
        "\r\n\r\n\r.\r\u{2028}x\u{2029}y\u{c}z",
        &long_word,
        &one_word_lines,
    ];
    for text in inputs {
        check_invariants(text);
    }
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\t ").is_empty());
    assert_eq!(sentences(&long_word).len(), 1);
    assert_eq!(sentences(&one_word_lines).len(), 10_000);
}

#[test]
fn robustness_on_every_prefix_of_a_mixed_text() {
    let text = "Mr. Smith (b. 1950) said: “Hi… — ok?” 1. a 2. b\n\nΤι; 我。Ա։ … U.S. e.g. p. 5.";
    let mut end = 0;
    while end <= text.len() {
        if text.is_char_boundary(end) {
            check_invariants(&text[..end]);
        }
        end += 1;
    }
}

/// The shared example article, when this machine has it (CI does not): two headings, a
/// trailer line of its own, and one paragraph per line.
#[test]
fn example_article_keeps_its_structure() {
    let Ok(text) = std::fs::read_to_string("/work/shared/data/examples/aws-layoffs.txt") else {
        return;
    };
    let found = sentences(&text);
    let headings: Vec<&str> = found.iter().filter(|s| s.kind == SentenceKind::Heading).map(|s| s.text(&text)).collect();
    assert_eq!(headings, ["Reasons behind the cuts", "Robust Q1 performance"]);
    let last = found.last().expect("sentences").text(&text);
    assert!(last.starts_with("The post ") && last.ends_with("Invezz"), "{last}");
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(found.last().map(|s| s.paragraph + 1), Some(lines));
}
