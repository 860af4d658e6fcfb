//! The `fintone` command line: analyze one text or a JSONL stream, evaluate against labelled
//! sets, and fit the lexicon weights.

use fintone::eval::{self, Example, Split};
use fintone::{Analysis, Analyzer, Options};
use serde::Deserialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
fintone: financial-news sentiment, tickers and figures, with explanations

USAGE:
  fintone analyze [FILE] [--pretty] [--target NAME]
      One text (FILE, or stdin) -> one Analysis as JSON on stdout.
  fintone analyze --jsonl [FILE]
      Each input line is {\"text\", \"id\"?, \"target\"?}; each output line is its Analysis,
      in input order, with \"id\" echoed. Uses every core; memory does not grow with lines.
  fintone eval FILE.jsonl... [--json] [--split all|test|train]
      Lines with \"label\" (positive|negative|neutral) or \"score\" in [-1, 1], and an
      optional \"target\". Prints accuracy, macro-F1, per-class precision and recall and the
      confusion matrix; for scores, cosine, Pearson r and MSE. --split test keeps the
      held-out fifth (by hash of id) that `fit` never sees.
  fintone fit [--data DIR] [--out FILE]
      Fits data/weights.tsv on the fit split of the dev sets (default DIR ../shared/data/dev).

Exit codes: 0 ok, 1 failure, 2 bad input or usage.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("eval") => run_eval(&args[1..]),
        Some("fit") => fit(&args[1..]),
        Some("--version" | "-V") => {
            println!("fintone {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(Failure::Usage(
            "expected a command: analyze, eval or fit".into(),
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("fintone: {m}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(m)) => {
            eprintln!("fintone: {m}");
            ExitCode::from(2)
        }
        Err(Failure::Other(m)) => {
            eprintln!("fintone: {m}");
            ExitCode::from(1)
        }
    }
}

enum Failure {
    Usage(String),
    Input(String),
    Other(String),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            // `fintone analyze --jsonl | head` is fine.
            std::process::exit(0);
        }
        Failure::Other(e.to_string())
    }
}

/// Flags and positional arguments.
struct Args {
    flags: Vec<(String, Option<String>)>,
    positional: Vec<String>,
}

impl Args {
    fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> Result<Args, Failure> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (name, None),
                };
                if with_value.contains(&name) {
                    let v = inline
                        .or_else(|| it.next().cloned())
                        .ok_or_else(|| Failure::Usage(format!("--{name} needs a value")))?;
                    flags.push((name.to_string(), Some(v)));
                } else if switches.contains(&name) {
                    flags.push((name.to_string(), None));
                } else {
                    return Err(Failure::Usage(format!("unknown option --{name}")));
                }
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args { flags, positional })
    }

    fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f.0 == name)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|f| f.0 == name)
            .and_then(|f| f.1.as_deref())
    }
}

/// Reads a whole file (or stdin) as UTF-8, with a clear message when it is not.
fn read_input(path: Option<&str>) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    match path {
        Some("-") | None => {
            io::stdin().read_to_end(&mut bytes)?;
        }
        Some(p) => {
            bytes =
                std::fs::read(p).map_err(|e| Failure::Input(format!("cannot read {p}: {e}")))?;
        }
    }
    let name = path.unwrap_or("standard input");
    String::from_utf8(bytes).map_err(|e| {
        Failure::Input(format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn analyze(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["target"], &["pretty", "jsonl"])?;
    if a.positional.len() > 1 {
        return Err(Failure::Usage("analyze takes at most one FILE".into()));
    }
    let path = a.positional.first().map(String::as_str);
    let options = Options {
        target: a.value("target").map(str::to_string),
        ..Options::default()
    };
    let analyzer = Analyzer::new(options).map_err(|e| Failure::Usage(e.to_string()))?;
    if a.has("jsonl") {
        return analyze_jsonl(&analyzer, path, a.has("pretty"));
    }
    let text = read_input(path)?;
    if text.trim().is_empty() {
        return Err(Failure::Input(format!(
            "{} is empty: nothing to analyze",
            path.unwrap_or("standard input")
        )));
    }
    let analysis = analyzer
        .analyze(&text)
        .map_err(|e| Failure::Input(e.to_string()))?;
    let out = io::stdout();
    let mut out = out.lock();
    if a.has("pretty") {
        serde_json::to_writer_pretty(&mut out, &analysis)
            .map_err(|e| Failure::Other(e.to_string()))?;
    } else {
        serde_json::to_writer(&mut out, &analysis).map_err(|e| Failure::Other(e.to_string()))?;
    }
    writeln!(out)?;
    Ok(())
}

#[derive(Deserialize)]
struct JsonlLine {
    text: Option<serde_json::Value>,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    target: Option<String>,
}

/// One output line: the Analysis with the input id, or an error naming the line.
#[derive(serde::Serialize)]
struct OutLine<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<serde_json::Value>,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

fn process_line(analyzer: &Analyzer, lineno: usize, line: &str) -> String {
    let error = |id: Option<serde_json::Value>, msg: String| {
        let mut v = serde_json::json!({ "line": lineno, "error": msg });
        if let Some(id) = id {
            v["id"] = id;
        }
        v.to_string()
    };
    let parsed: JsonlLine = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => {
            return error(
                None,
                format!("line {lineno}: not a JSON object with \"text\": {e}"),
            )
        }
    };
    let text = match parsed.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => {
            return error(
                parsed.id,
                format!("line {lineno}: \"text\" must be a string"),
            )
        }
        None => return error(parsed.id, format!("line {lineno}: no \"text\" field")),
    };
    match analyzer.analyze_with_target(
        &text,
        parsed
            .target
            .as_deref()
            .or(analyzer.options().target.as_deref()),
    ) {
        Ok(analysis) => serde_json::to_string(&OutLine {
            id: parsed.id,
            analysis: &analysis,
        })
        .unwrap_or_else(|e| error(None, e.to_string())),
        Err(e) => error(parsed.id, format!("line {lineno}: {e}")),
    }
}

/// Streams JSONL: reads a batch of lines, analyses it on every core, writes it in order.
fn analyze_jsonl(analyzer: &Analyzer, path: Option<&str>, pretty: bool) -> Result<(), Failure> {
    let _ = pretty; // JSONL is one object a line; --pretty does not apply.
    let reader: Box<dyn BufRead> = match path {
        Some("-") | None => Box::new(io::stdin().lock()),
        Some(p) => Box::new(io::BufReader::new(
            std::fs::File::open(p).map_err(|e| Failure::Input(format!("cannot read {p}: {e}")))?,
        )),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    const BATCH: usize = 2048;
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
    let mut lineno = 0;
    let mut any = false;
    let mut bytes = reader.split(b'\n');
    loop {
        let next = bytes.next();
        let done = next.is_none();
        if let Some(line) = next {
            let line = line?;
            lineno += 1;
            let line = match String::from_utf8(line) {
                Ok(s) => s,
                Err(_) => {
                    batch.push((lineno, String::from("\u{0}not-utf8")));
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            any = true;
            batch.push((lineno, line));
        }
        if batch.len() >= BATCH || (done && !batch.is_empty()) {
            let results = fintone::parallel::map(&batch, |(n, l)| {
                if l == "\u{0}not-utf8" {
                    serde_json::json!({ "line": n, "error": format!("line {n}: not UTF-8") })
                        .to_string()
                } else {
                    process_line(analyzer, *n, l.trim_end_matches('\r'))
                }
            });
            for r in results {
                out.write_all(r.as_bytes())?;
                out.write_all(b"\n")?;
            }
            batch.clear();
        }
        if done {
            break;
        }
    }
    out.flush()?;
    if !any {
        return Err(Failure::Input(format!(
            "{} has no lines to analyze",
            path.unwrap_or("standard input")
        )));
    }
    Ok(())
}

fn run_eval(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["split"], &["json"])?;
    if a.positional.is_empty() {
        return Err(Failure::Usage("eval needs at least one FILE.jsonl".into()));
    }
    let split = match a.value("split") {
        None => Split::All,
        Some(s) => Split::parse(s).ok_or_else(|| {
            Failure::Usage(format!("unknown split {s:?}: use all, test or train"))
        })?,
    };
    let analyzer = Analyzer::new(Options::default()).map_err(|e| Failure::Other(e.to_string()))?;
    let mut reports = serde_json::Map::new();
    for path in &a.positional {
        let text = read_input(Some(path))?;
        let mut examples = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let ex: Example = serde_json::from_str(line)
                .map_err(|e| Failure::Input(format!("{path}: line {}: {e}", i + 1)))?;
            if ex.label.is_none() && ex.score.is_none() {
                return Err(Failure::Input(format!(
                    "{path}: line {}: needs \"label\" or \"score\"",
                    i + 1
                )));
            }
            if split.contains(&ex) {
                examples.push(ex);
            }
        }
        if examples.is_empty() {
            return Err(Failure::Input(format!(
                "{path}: no labelled lines in split"
            )));
        }
        let report = eval::evaluate(&analyzer, &examples);
        if a.has("json") {
            reports.insert(
                path.clone(),
                serde_json::to_value(&report).map_err(|e| Failure::Other(e.to_string()))?,
            );
        } else {
            println!(
                "== {path} (split {}, {} lines)",
                a.value("split").unwrap_or("all"),
                examples.len()
            );
            print!("{}", report.to_text());
        }
    }
    if a.has("json") {
        println!("{}", serde_json::Value::Object(reports));
    }
    Ok(())
}

fn fit(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["data", "out"], &[])?;
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = a
        .value("data")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/data/dev"));
    let out = a
        .value("out")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("data/weights.tsv"));
    let tsv = fintone::sentiment::fit::fit(&data, &mut |line| eprintln!("{line}"))
        .map_err(|e| Failure::Input(format!("{}: {e}", data.display())))?;
    std::fs::write(&out, tsv)?;
    eprintln!("wrote {}", out.display());
    Ok(())
}
