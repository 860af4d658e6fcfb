//! The `fintone` command line: output shape and the bad inputs of the contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn fintone(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fintone"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // Write from another thread: the child streams output while it reads, and a full pipe
    // on both sides would deadlock.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// A fresh directory of this test process for input files, named after the test.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("fintone-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("valid JSON")
}

#[test]
fn analyze_stdin_gives_one_analysis() {
    let out = fintone(&["analyze"], b"Losses narrowed and revenue rose.");
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert!(v["overall"]["score"].as_f64().unwrap() > 0.15);
    for key in ["sentences", "phrases", "tickers", "figures"] {
        assert!(v[key].is_array(), "{key}");
    }
    assert!(v.get("target").is_none());
    let pretty = fintone(&["analyze", "--pretty"], b"Revenue rose.");
    assert!(String::from_utf8_lossy(&pretty.stdout).contains("\n  \"overall\""));
}

#[test]
fn target_option_scores_the_entity() {
    let out = fintone(&["analyze", "--target", "BP"], b"Shell rose while BP fell");
    let v = json(&out.stdout);
    assert_eq!(v["target"]["name"], "BP");
    assert!(v["target"]["score"].as_f64().unwrap() < -0.15, "{v}");
    assert_eq!(v["target"]["mentions"][0]["text"], "BP");
}

#[test]
fn empty_input_is_exit_2_with_a_message() {
    let out = fintone(&["analyze"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));
}

#[test]
fn non_utf8_file_is_exit_2_with_a_message() {
    let dir = scratch_dir("cli");
    let path = dir.join("latin1.txt");
    std::fs::write(&path, b"caf\xe9 revenue rose").unwrap();
    let out = fintone(&["analyze", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
    let missing = fintone(&["analyze", dir.join("nope.txt").to_str().unwrap()], b"");
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn jsonl_keeps_order_echoes_ids_and_reports_bad_lines() {
    let input = b"{\"id\": 1, \"text\": \"Revenue rose\"}\nnot json\n{\"id\": \"x\"}\n{\"id\": 4, \"text\": \"Shell rose while BP fell\", \"target\": \"BP\"}\n";
    let out = fintone(&["analyze", "--jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["overall"].is_object());
    assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
    assert_eq!(lines[2]["id"], "x");
    assert!(lines[2]["error"].as_str().unwrap().contains("no \"text\""));
    assert_eq!(lines[3]["id"], 4);
    assert!(lines[3]["target"]["score"].as_f64().unwrap() < 0.0);
}

#[test]
fn jsonl_many_lines_stay_in_order() {
    let mut input = String::new();
    for i in 0..5000 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Line {i}: revenue rose\"}}\n"
        ));
    }
    let out = fintone(&["analyze", "--jsonl"], input.as_bytes());
    let ids: Vec<i64> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..5000).collect::<Vec<_>>());
}

#[test]
fn eval_prints_metrics_and_json() {
    let input = "{\"id\":1,\"text\":\"Revenue rose sharply\",\"label\":\"positive\"}\n{\"id\":2,\"text\":\"Losses widened sharply\",\"label\":\"negative\"}\n{\"id\":3,\"text\":\"Shell rose while BP fell\",\"label\":\"negative\",\"target\":\"BP\"}\n{\"id\":4,\"text\":\"Revenue rose\",\"score\":0.5}\n";
    let dir = scratch_dir("eval");
    let path = dir.join("set.jsonl");
    std::fs::write(&path, input).unwrap();
    let out = fintone(&["eval", path.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("accuracy 1.000"), "{text}");
    assert!(text.contains("confusion"));
    assert!(text.contains("pearson"));
    let out = fintone(&["eval", path.to_str().unwrap(), "--json"], b"");
    let v = json(&out.stdout);
    let r = &v[path.to_str().unwrap()];
    assert_eq!(r["accuracy"], 1.0);
    assert_eq!(r["labelled"], 3);
    assert!(r["mse"].as_f64().is_some());
}

#[test]
fn eval_writes_the_misclassified_lines() {
    // Line 2's gold label is wrong on purpose: it is the one error.
    let input = "{\"id\":1,\"text\":\"Revenue rose sharply\",\"label\":\"positive\"}\n{\"id\":2,\"text\":\"Losses widened sharply\",\"label\":\"positive\"}\n{\"id\":3,\"text\":\"Shell rose while BP fell\",\"label\":\"negative\",\"target\":\"BP\"}\n";
    let dir = scratch_dir("errors");
    let path = dir.join("set.jsonl");
    let errors = dir.join("errors.jsonl");
    std::fs::write(&path, input).unwrap();
    let out = fintone(
        &[
            "eval",
            path.to_str().unwrap(),
            "--errors",
            errors.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let written = std::fs::read_to_string(&errors).unwrap();
    let lines: Vec<_> = written.lines().collect();
    assert_eq!(lines.len(), 1, "{written}");
    let v = json(lines[0].as_bytes());
    assert_eq!(v["id"], 2);
    assert_eq!(v["label"], "positive");
    assert_eq!(v["predicted"], "negative");
    assert!(v["score"].as_f64().unwrap() < -0.15);
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(fintone(&[], b"").status.code(), Some(2));
    assert_eq!(fintone(&["analyze", "--bogus"], b"").status.code(), Some(2));
    assert_eq!(fintone(&["eval"], b"").status.code(), Some(2));
    assert!(fintone(&["--help"], b"").status.success());
}

#[test]
fn jsonl_reports_throughput_on_stderr_and_keeps_stdout_pure() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Acme said revenue rose {i}% to $1.{i} billion.\"}}\n"
        ));
    }
    let dir = scratch_dir("progress");
    let path = dir.join("lines.jsonl");
    std::fs::write(&path, &input).unwrap();
    // From a file (a bar by bytes on a terminal) and from stdin (a spinner): stderr is not a
    // terminal here, so no bar is drawn, only the final line.
    for (args, stdin) in [
        (vec!["analyze", "--jsonl", path.to_str().unwrap()], &b""[..]),
        (vec!["analyze", "--jsonl"], input.as_bytes()),
    ] {
        let out = fintone(&args, stdin);
        assert!(out.status.success(), "{args:?}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("every stdout line is JSON"))
            .collect();
        assert_eq!(lines.len(), 300);
        assert!(lines.iter().all(|l| l["overall"].is_object()));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr:?}");
        let bytes = input.len() as f64 / 1e6;
        assert!(
            stderr.starts_with(&format!("fintone: 300 lines, {bytes:.2} MB in ")),
            "{stderr:?}"
        );
        assert!(stderr.contains(" MB/s, ") && stderr.trim_end().ends_with("lines/s)"));
        assert!(
            !stderr.contains('\u{1b}'),
            "no terminal escapes: {stderr:?}"
        );
    }
    let quiet = fintone(&["analyze", "--jsonl", "--quiet"], input.as_bytes());
    assert!(quiet.status.success());
    assert!(quiet.stderr.is_empty());
}

#[test]
fn jsonl_threads_flag_gives_the_same_output() {
    let mut input = String::new();
    for i in 0..500 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Line {i}: losses narrowed\"}}\n"
        ));
    }
    let default = fintone(&["analyze", "--jsonl", "--quiet"], input.as_bytes());
    for n in ["1", "2", "3"] {
        let out = fintone(
            &["analyze", "--jsonl", "--quiet", "--threads", n],
            input.as_bytes(),
        );
        assert!(out.status.success());
        assert_eq!(out.stdout, default.stdout, "--threads {n}");
    }
    for bad in ["0", "-1", "two"] {
        let out = fintone(&["analyze", "--jsonl", "--threads", bad], input.as_bytes());
        assert_eq!(out.status.code(), Some(2), "--threads {bad}");
    }
    let out = fintone(&["analyze", "--threads", "2"], b"Revenue rose");
    assert_eq!(out.status.code(), Some(2), "--threads without --jsonl");
}

#[test]
fn stream_writes_each_part_then_the_whole_texts_summary() {
    // ~200 KB in paragraphs, with accents and emoji so that bytes and UTF-16 units differ:
    // at least three parts of 64 K units.
    let para = "Café Microsoft (NASDAQ: MSFT) 😀 said profit rose 12% to €4.5 billion. \
                Costs jumped sharply, and the company cut its outlook.\n\n";
    let text = para.repeat(200_000 / para.len());
    let whole = json(&fintone(&["analyze"], text.as_bytes()).stdout);
    let out = fintone(&["analyze", "--stream"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| json(l.as_bytes()))
        .collect();
    let (summary, parts) = lines.split_last().unwrap();
    assert!(parts.len() >= 3, "{} parts", parts.len());
    assert_eq!(summary["parts"], parts.len());
    assert_eq!(parts[0]["start"], 0);
    assert_eq!(parts.last().unwrap()["end"], text.encode_utf16().count());
    for w in parts.windows(2) {
        assert_eq!(w[0]["end"], w[1]["start"]);
    }
    // The parts hold the whole text's sentences, phrases and figures, at its offsets.
    for key in ["sentences", "phrases", "figures"] {
        let all: Vec<&serde_json::Value> = parts
            .iter()
            .flat_map(|p| p[key].as_array().unwrap())
            .collect();
        let want: Vec<&serde_json::Value> = whole[key].as_array().unwrap().iter().collect();
        assert!(!want.is_empty());
        assert_eq!(all, want, "{key}");
    }
    assert_eq!(summary["overall"], whole["overall"]);
    assert_eq!(
        summary["sentenceCount"],
        whole["sentences"].as_array().unwrap().len()
    );
    assert_eq!(summary["tickers"][0]["symbol"], "MSFT");
    assert_eq!(
        summary["tickers"][0]["mentions"],
        whole["tickers"][0]["mentions"]
    );

    let bad = fintone(&["analyze", "--stream", "--pretty"], b"text");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--stream"));
}
