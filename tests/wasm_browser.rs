//! The core compiled to wasm32, in headless Chromium, against the DOM: the page builds its
//! source view from the summary's UTF-16 offsets, and DOM offsets (`Range`, `Text`) count
//! UTF-16 code units too, so the offsets must select exactly the sentence in a Text node.
//! (`cargo test --target wasm32-unknown-unknown --no-default-features --test wasm_browser`;
//! the runner drives Chromium through chromedriver, see webdriver.json.)
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// The few DOM calls the tests need, bound by hand rather than through web-sys.
#[wasm_bindgen]
extern "C" {
    type Document;
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Document;
    #[wasm_bindgen(method, js_name = createTextNode)]
    fn create_text_node(this: &Document, data: &str) -> Node;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &Document, tag: &str) -> Node;
    #[wasm_bindgen(method, js_name = createRange)]
    fn create_range(this: &Document) -> Range;
    #[wasm_bindgen(method, getter)]
    fn body(this: &Document) -> Node;

    type Node;
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_child(this: &Node, child: &Node) -> Node;
    #[wasm_bindgen(method, getter, js_name = textContent)]
    fn text_content(this: &Node) -> String;
    #[wasm_bindgen(method, setter, js_name = textContent)]
    fn set_text_content(this: &Node, text: &str);
    #[wasm_bindgen(method, getter, js_name = childElementCount)]
    fn child_element_count(this: &Node) -> u32;
    #[wasm_bindgen(method)]
    fn remove(this: &Node);

    type Range;
    #[wasm_bindgen(method, catch, js_name = setStart)]
    fn set_start(this: &Range, node: &Node, offset: u32) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = setEnd)]
    fn set_end(this: &Range, node: &Node, offset: u32) -> Result<(), JsValue>;
    #[wasm_bindgen(method, js_name = toString)]
    fn text(this: &Range) -> String;
}

/// The summary as the JSON the page receives from the wasm export (`options` as JSON text).
fn summary_json(text: &str, options: &str) -> serde_json::Value {
    let pieces = js_sys::Array::new();
    let written = nutshell::wasm::summarize_json(text, options, pieces.unchecked_ref());
    written.unwrap_or_else(|_| panic!("options {options}"));
    serde_json::from_str(&String::from(pieces.join(""))).unwrap()
}

fn offset(span: &serde_json::Value, key: &str) -> u32 {
    span[key].as_u64().unwrap_or_else(|| panic!("no {key}")) as u32
}

const ARTICLE: &str = "Zoë’s café 😀 opened on Monday in Köln. \
    Its owners said 🎉 sales rose 17% in the first week! \
    A second shop follows in 2026 — if the 🏦 agrees. \
    Nobody expected the queue. 𝒜 fancy sign hangs outside.";

#[wasm_bindgen_test]
fn utf16_offsets_select_each_sentence_in_a_dom_text_node() {
    let summary = summary_json(ARTICLE, r#"{"sentences":10}"#);
    let sentences = summary["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 5);
    DOCUMENT.with(|document| {
        let node = document.create_text_node(ARTICLE);
        document.body().append_child(&node);
        for sentence in sentences {
            let range = document.create_range();
            range.set_start(&node, offset(sentence, "startUtf16")).unwrap();
            range.set_end(&node, offset(sentence, "endUtf16")).unwrap();
            let (start, end) = (offset(sentence, "start"), offset(sentence, "end"));
            assert_eq!(range.text(), &ARTICLE[start as usize..end as usize]);
        }
        node.remove();
    });
}

#[wasm_bindgen_test]
fn markup_in_the_text_stays_text_in_the_dom() {
    let text = "The form said <img src=x onerror=alert(1)> twice. It was fixed on Friday.";
    let summary = summary_json(text, "{}");
    DOCUMENT.with(|document| {
        let view = document.create_element("div");
        for sentence in summary["sentences"].as_array().unwrap() {
            let node = document.create_element("mark");
            node.set_text_content(sentence["text"].as_str().unwrap());
            view.append_child(&node);
        }
        document.body().append_child(&view);
        assert_eq!(view.child_element_count(), 2, "only the two marks, no <img>");
        assert!(view.text_content().contains("<img src=x onerror=alert(1)>"));
        view.remove();
    });
}
