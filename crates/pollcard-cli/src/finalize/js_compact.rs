//! Shrinks the app's JavaScript without a minifier: whole-line comments, indentation
//! and blank lines go, which every visitor would otherwise download (about 1 KB
//! gzipped of wasm-bindgen's glue, 1.4 KB of the service worker). Trunk's own JS
//! minifier stops at the `import * as` lines wasm-bindgen writes, so the glue ships
//! as generated.
//!
//! Line breaks stay, so automatic semicolon insertion sees the same statements. Only
//! whole lines are removed, and a `//` after code is kept, because it could be inside
//! a string or a regular expression. A script where a line could continue a string
//! onto the next (a template literal left open, a trailing backslash) is left as it
//! is: removing a line inside such a string would change the program.

/// `script` compacted, or `None` when a string may span lines and it is left alone.
pub fn compact(script: &str) -> Option<String> {
    let mut out = String::with_capacity(script.len());
    for line in script.lines().map(str::trim) {
        let code = if is_comment_line(line) { "" } else { line };
        if code.ends_with('\\') || code.matches('`').count() % 2 != 0 {
            return None;
        }
        if !code.is_empty() {
            out.push_str(code);
            out.push('\n');
        }
    }
    Some(out)
}

/// A trimmed line that is nothing but a comment: `// …`, or `/* … */` with no code
/// after its first `*/`.
fn is_comment_line(line: &str) -> bool {
    line.starts_with("//") || (line.starts_with("/*") && line.find("*/").is_some_and(|end| end + 2 == line.len()))
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn drops_whole_line_comments_indentation_and_blank_lines() {
        let script = "// header\n\n/** doc */\nconst a = 'http://x'; // kept\n  if (a) {\n    f(`${a}`);\n  }\n";
        assert_eq!(compact(script).as_deref(), Some("const a = 'http://x'; // kept\nif (a) {\nf(`${a}`);\n}\n"));
    }

    #[test]
    fn keeps_code_after_a_leading_block_comment() {
        assert_eq!(compact("/* a */ f(); /* b */\n").as_deref(), Some("/* a */ f(); /* b */\n"));
    }

    #[test]
    fn leaves_a_script_alone_when_a_string_may_span_lines() {
        assert_eq!(compact("const t = `one\n// two\nthree`;\n"), None);
        assert_eq!(compact("const s = 'one \\\n// two';\n"), None);
    }

    #[test]
    fn compacting_twice_changes_nothing() {
        let once = compact("  // x\n  a();\n\n  b();\n").expect("compactable");
        assert_eq!(compact(&once).as_deref(), Some(once.as_str()));
    }
}
