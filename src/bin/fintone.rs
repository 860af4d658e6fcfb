//! The `fintone` command line: analyze one text or a JSONL stream, evaluate against labelled
//! sets, and fit the lexicon weights.

use fintone::eval::{self, Example, Split};
use fintone::{Analysis, Analyzer, Options};
use serde::Deserialize;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const USAGE: &str = "\
fintone: financial-news sentiment, tickers and figures, with explanations

USAGE:
  fintone analyze [FILE] [--pretty] [--target NAME]
      One text (FILE, or stdin) -> one Analysis as JSON on stdout.
  fintone analyze --stream [FILE] [--target NAME]
      One long text in parts, for memory that does not grow with the text: each part
      (~64 K UTF-16 units, cut at a line break) -> one JSON line {start, end, sentences,
      phrases, figures} as soon as it is done, offsets in the whole text; then a last line
      {overall, tickers, target?, sentenceCount, parts} for the whole text.
  fintone analyze --jsonl [FILE] [--threads N] [--quiet]
      Each input line is {\"text\", \"id\"?, \"target\"?}; each output line is its Analysis,
      in input order, with \"id\" echoed. Uses every core (or N threads); memory does not
      grow with lines. On a terminal, stderr shows a progress bar (by bytes for a FILE, a
      line count for stdin); at the end stderr gets one throughput line (lines, MB,
      seconds, MB/s). --quiet prints neither.
  fintone eval FILE.jsonl... [--json] [--split all|test|train] [--errors OUT.jsonl]
      Lines with \"label\" (positive|negative|neutral) or \"score\" in [-1, 1], and an
      optional \"target\". Prints accuracy, macro-F1, per-class precision and recall and the
      confusion matrix; for scores, cosine, Pearson r and MSE. --split test keeps the
      held-out fifth (by hash of id) that `fit` never sees; --split train the rest, less
      the lines whose text a held-out line shares (what `fit` reads). --errors writes
      every misclassified line (text, target, gold label, predicted score) to OUT.jsonl.
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
    let a = Args::parse(
        args,
        &["target", "threads"],
        &["pretty", "jsonl", "quiet", "stream"],
    )?;
    if a.positional.len() > 1 {
        return Err(Failure::Usage("analyze takes at most one FILE".into()));
    }
    let path = a.positional.first().map(String::as_str);
    let options = Options {
        target: a.value("target").map(str::to_string),
        ..Options::default()
    };
    let analyzer = Analyzer::new(options).map_err(|e| Failure::Usage(e.to_string()))?;
    if a.has("stream") && (a.has("jsonl") || a.has("pretty")) {
        return Err(Failure::Usage(
            "--stream writes JSON lines: it does not combine with --jsonl or --pretty".into(),
        ));
    }
    if a.has("jsonl") {
        let threads = match a.value("threads") {
            None => fintone::parallel::available_threads(),
            Some(n) => n.parse::<usize>().ok().filter(|&n| n >= 1).ok_or_else(|| {
                Failure::Usage(format!("--threads needs a whole number >= 1, not {n:?}"))
            })?,
        };
        return analyze_jsonl(&analyzer, path, threads, a.has("quiet"));
    }
    if a.has("threads") {
        return Err(Failure::Usage("--threads applies to --jsonl only".into()));
    }
    let text = read_input(path)?;
    if text.trim().is_empty() {
        return Err(Failure::Input(format!(
            "{} is empty: nothing to analyze",
            path.unwrap_or("standard input")
        )));
    }
    if a.has("stream") {
        return analyze_stream(&analyzer, &text);
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

/// `analyze --stream`: each part as a JSON line when it is done, then the summary line. A
/// closed stdout (`| head`) stops the analysis.
fn analyze_stream(analyzer: &Analyzer, text: &str) -> Result<(), Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut stream = analyzer.stream();
    for part in fintone::stream::parts(text) {
        let part = stream
            .push(part)
            .map_err(|e| Failure::Input(e.to_string()))?;
        serde_json::to_writer(&mut out, &part).map_err(io::Error::from)?;
        writeln!(out)?;
    }
    serde_json::to_writer(&mut out, &stream.finish()).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
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

/// What a long `--jsonl` run shows on stderr: a bar by bytes read when the input is a file of
/// known length, else a spinner counting lines; indicatif draws neither when stderr is not a
/// terminal. Then one throughput line, terminal or not, unless `--quiet`.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: Instant,
    bytes: u64,
    lines: u64,
}

impl Progress {
    fn new(file_len: Option<u64>, quiet: bool) -> Progress {
        let bar = (!quiet).then(|| {
            let (bar, template) = match file_len {
                Some(len) => (
                    indicatif::ProgressBar::new(len),
                    "{spinner} [{elapsed_precise}] [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} ({decimal_bytes_per_sec}, eta {eta}) {msg}",
                ),
                None => (
                    indicatif::ProgressBar::new_spinner(),
                    "{spinner} [{elapsed_precise}] {decimal_bytes} read ({decimal_bytes_per_sec}) {msg}",
                ),
            };
            let style = indicatif::ProgressStyle::with_template(template)
                .expect("the template is valid")
                .progress_chars("=> ");
            bar.set_style(style);
            if !bar.is_hidden() {
                bar.enable_steady_tick(Duration::from_millis(200));
            }
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            bytes: 0,
            lines: 0,
        }
    }

    /// A batch is written: `bytes` of input (newlines included) gave `lines` output lines.
    fn advance(&mut self, bytes: u64, lines: u64) {
        self.bytes += bytes;
        self.lines += lines;
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes);
            bar.set_message(format!("{} lines", self.lines));
        }
    }

    /// Clears the bar; with `report`, prints the throughput line.
    fn finish(self, report: bool) {
        let Some(bar) = self.bar else { return };
        bar.finish_and_clear();
        if !report {
            return;
        }
        let secs = self.start.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        eprintln!(
            "fintone: {} lines, {mb:.2} MB in {secs:.2} s ({:.2} MB/s, {:.0} lines/s)",
            self.lines,
            mb / secs.max(1e-9),
            self.lines as f64 / secs.max(1e-9)
        );
    }
}

/// Streams JSONL: reads a batch of lines, analyses it on `threads` threads, writes it in order.
fn analyze_jsonl(
    analyzer: &Analyzer,
    path: Option<&str>,
    threads: usize,
    quiet: bool,
) -> Result<(), Failure> {
    let (reader, file_len): (Box<dyn BufRead>, Option<u64>) = match path {
        Some("-") | None => (Box::new(io::stdin().lock()), None),
        Some(p) => {
            let file = std::fs::File::open(p)
                .map_err(|e| Failure::Input(format!("cannot read {p}: {e}")))?;
            // A regular file has a length to show progress against; a FIFO does not.
            let len = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            (Box::new(io::BufReader::new(file)), len)
        }
    };
    let mut progress = Progress::new(file_len, quiet);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // A batch ends at 2048 lines or 4 MB, whichever comes first: long articles still give
    // the progress bar a few updates a second, and memory stays bounded either way.
    const BATCH: usize = 2048;
    const BATCH_BYTES: u64 = 4 << 20;
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
    let mut batch_bytes = 0u64;
    let mut lineno = 0;
    let mut any = false;
    let mut bytes = reader.split(b'\n');
    loop {
        let next = bytes.next();
        let done = next.is_none();
        if let Some(line) = next {
            let line = line?;
            lineno += 1;
            // The newline split off; at the very end there may be none, and the bar ends at
            // the file's length either way.
            batch_bytes += line.len() as u64 + 1;
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
        if batch.len() >= BATCH || batch_bytes >= BATCH_BYTES || (done && !batch.is_empty()) {
            let results = fintone::parallel::map_on(threads, &batch, |(n, l)| {
                if l == "\u{0}not-utf8" {
                    serde_json::json!({ "line": n, "error": format!("line {n}: not UTF-8") })
                        .to_string()
                } else {
                    process_line(analyzer, *n, l.trim_end_matches('\r'))
                }
            });
            for r in &results {
                out.write_all(r.as_bytes())?;
                out.write_all(b"\n")?;
            }
            if done {
                batch_bytes =
                    batch_bytes.min(file_len.unwrap_or(u64::MAX).saturating_sub(progress.bytes));
            }
            progress.advance(batch_bytes, results.len() as u64);
            batch.clear();
            batch_bytes = 0;
        }
        if done {
            break;
        }
    }
    out.flush()?;
    progress.finish(any);
    if !any {
        return Err(Failure::Input(format!(
            "{} has no lines to analyze",
            path.unwrap_or("standard input")
        )));
    }
    Ok(())
}

fn run_eval(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["split", "errors"], &["json"])?;
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
    let mut errors = String::new();
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
            examples.push(ex);
        }
        let examples = split.select(examples);
        if examples.is_empty() {
            return Err(Failure::Input(format!(
                "{path}: no labelled lines in split"
            )));
        }
        let predicted = eval::predict_all(&analyzer, &examples);
        let report = eval::report(&analyzer, &examples, &predicted);
        if a.has("errors") {
            errors.push_str(&eval::errors_jsonl(&analyzer, &examples, &predicted));
        }
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
    if let Some(out) = a.value("errors") {
        std::fs::write(out, errors)?;
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
