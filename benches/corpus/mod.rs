//! The benchmark corpus: real news prose, read from the shared news sets at bench time so that
//! none of its text is ever committed.
//!
//! `NUTSHELL_NEWS` names a directory of `*.jsonl` files (or one `.jsonl` file) whose lines carry
//! a `"text"` field. By default it is `../shared/data/news` beside the crate, or
//! `../../shared/data/news` when the crate is a worktree one level deeper.

use std::path::{Path, PathBuf};

/// One news set: its file stem and its articles' texts, in file order.
pub struct NewsSet {
    pub name: String,
    pub articles: Vec<String>,
}

/// Where the news sets are, or a sentence saying why there are none.
pub fn news_dir() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("NUTSHELL_NEWS") {
        let path = PathBuf::from(path);
        return if path.exists() { Ok(path) } else { Err(format!("NUTSHELL_NEWS={} does not exist", path.display())) };
    }
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = ["../shared/data/news", "../../shared/data/news"].map(|p| crate_dir.join(p));
    candidates.iter().find(|p| p.is_dir()).cloned().ok_or_else(|| {
        format!(
            "no news sets: set NUTSHELL_NEWS to a directory of *.jsonl articles ({{\"text\": …}} lines); \
             looked in {}",
            candidates.map(|p| p.display().to_string()).join(" and ")
        )
    })
}

/// Every `*.jsonl` news set under `path` (a directory or a single file), sorted by name.
pub fn load(path: &Path) -> Result<Vec<NewsSet>, String> {
    let mut files: Vec<PathBuf> = if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
        entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "jsonl"))
            .collect()
    } else {
        vec![path.to_path_buf()]
    };
    files.sort();
    let sets: Vec<NewsSet> = files.iter().map(|file| read_set(file)).collect::<Result<_, _>>()?;
    if sets.iter().all(|set| set.articles.is_empty()) {
        return Err(format!("no articles with a \"text\" field under {}", path.display()));
    }
    Ok(sets)
}

fn read_set(file: &Path) -> Result<NewsSet, String> {
    let content = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let articles = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record.get("text")?.as_str().map(str::to_owned))
        .filter(|text| !text.trim().is_empty())
        .collect();
    let name = file.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    Ok(NewsSet { name, articles })
}

/// About `bytes` bytes of prose: the articles of every set in turn, separated by blank lines,
/// starting over when they run out, and cut at the last whitespace at or before `bytes`.
pub fn prose(sets: &[NewsSet], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 64 * 1024);
    let articles = sets.iter().flat_map(|set| &set.articles).cycle();
    for article in articles {
        if text.len() >= bytes {
            break;
        }
        text.push_str(article.trim());
        text.push_str("\n\n");
    }
    let mut cut = bytes.min(text.len());
    while cut > 0 && !(text.is_char_boundary(cut) && text[..cut].ends_with(char::is_whitespace)) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}
