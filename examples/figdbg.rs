fn main() {
    let a = fintone::Analyzer::new(fintone::Options::default()).unwrap();
    for line in std::io::stdin().lines() {
        let line = line.unwrap();
        let r = a.analyze(&line).unwrap();
        println!("== {line}");
        for f in r.figures {
            println!("   {}", serde_json::to_string(&f).unwrap());
        }
    }
}
