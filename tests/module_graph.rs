//! The modules of `src/ui` depend one way: rules → definitions → words →
//! draft → state → components → pages → app → embed → entry → shell, with
//! no cycle. This
//! reads every `crate::ui::…` and `super::…` path in the UI's source
//! (tests left out) and fails on a cycle, naming the modules in it, and on
//! a lower layer reaching up into a higher one.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The top-level module of `src/ui` a path segment names, if it is one.
fn idents_after<'a>(source: &'a str, prefix: &'a str) -> impl Iterator<Item = String> + 'a {
    source.match_indices(prefix).flat_map(move |(at, _)| {
        let rest = &source[at + prefix.len()..];
        let list: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(|s| s.trim().split("::").next().unwrap_or("").to_string())
                .collect()
        } else {
            vec![rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit())
                .collect()]
        };
        list.into_iter().filter(|s| !s.is_empty() && s != "self")
    })
}

fn without_tests(source: &str) -> &str {
    source.find("#[cfg(test)]").map_or(source, |i| &source[..i])
}

fn ui_graph() -> Graph {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut graph = Graph::new();
    let mut files = Vec::new();
    for entry in fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            for inner in fs::read_dir(&path).unwrap() {
                files.push(inner.unwrap().path());
            }
        } else {
            files.push(path);
        }
    }
    for path in files {
        let rel = path.strip_prefix(&ui).unwrap();
        let parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if parts.last().is_some_and(|f| f == "tests.rs") || parts == ["mod.rs"] {
            continue;
        }
        let (module, super_is_ui) = match parts.as_slice() {
            [file] => (file.trim_end_matches(".rs").to_string(), true),
            [dir, file] => (dir.clone(), file == "mod.rs"),
            _ => continue,
        };
        let source = fs::read_to_string(&path).unwrap();
        let source = without_tests(&source);
        let mut deps: BTreeSet<String> = idents_after(source, "crate::ui::").collect();
        if super_is_ui {
            deps.extend(idents_after(source, "super::"));
        }
        deps.remove(&module);
        graph.entry(module).or_default().extend(deps);
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for deps in graph.values_mut() {
        deps.retain(|d| modules.contains(d));
    }
    graph
}

/// The modules that sit on a cycle, each cycle as one group (Tarjan).
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in &s.graph[v] {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.stack.contains(&w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 || s.graph[v].contains(v) {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

#[test]
fn the_ui_modules_have_no_cycle() {
    let graph = ui_graph();
    assert!(graph.len() > 15, "the source was not read: {graph:?}");
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "modules of src/ui that import each other in a cycle: {found:?}\n{graph:#?}"
    );
}

#[test]
fn the_layers_point_down() {
    // Each layer may use the ones before it, never one after it.
    let layers: [&[&str]; 11] = [
        &["i18n"],
        &["words"],
        &["messages"],
        &["draft"],
        &["state"],
        &["components"],
        &["pages"],
        &["app"],
        &["embed"],
        &["entry"],
        &["shell"],
    ];
    let graph = ui_graph();
    for (i, layer) in layers.iter().enumerate() {
        for module in *layer {
            let higher: Vec<&str> = layers[i + 1..]
                .iter()
                .flat_map(|l| l.iter().copied())
                .collect();
            let reaching_up: Vec<&String> = graph[*module]
                .iter()
                .filter(|d| higher.contains(&d.as_str()))
                .collect();
            assert!(
                reaching_up.is_empty(),
                "{module} uses {reaching_up:?}, which sit above it"
            );
        }
    }
}

#[test]
fn the_check_finds_a_cycle() {
    let mut graph = Graph::new();
    graph.insert("a".into(), ["b".to_string()].into());
    graph.insert("b".into(), ["c".to_string()].into());
    graph.insert("c".into(), ["a".to_string()].into());
    graph.insert("d".into(), ["a".to_string()].into());
    assert_eq!(
        cycles(&graph),
        vec![vec!["a".to_string(), "b".into(), "c".into()]]
    );
    let source = "use super::{draft::Draft, state};\nuse crate::ui::words;\n#[cfg(test)]\nuse crate::ui::app;";
    let source = without_tests(source);
    let found: Vec<String> = idents_after(source, "super::")
        .chain(idents_after(source, "crate::ui::"))
        .collect();
    assert_eq!(found, ["draft", "state", "words"]);
}
