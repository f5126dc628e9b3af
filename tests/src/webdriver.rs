//! A small synchronous W3C WebDriver client: just what the tests use.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Session {
    agent: ureq::Agent,
    base: String,
    pub id: String,
}

#[derive(Clone, Debug)]
pub struct Element(pub String);

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(90)))
        .build()
        .into()
}

impl Session {
    /// Starts the app through the driver at `base` (e.g. `http://127.0.0.1:4444`).
    pub fn start(base: &str, application: &str, args: &[String]) -> Result<Session, String> {
        let agent = agent();
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "tauri:options": { "application": application, "args": args }
                }
            }
        });
        let v = request(&agent, "POST", &format!("{base}/session"), Some(caps))?;
        let id = v["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {v}"))?
            .to_string();
        Ok(Session {
            agent,
            base: base.to_string(),
            id,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.base, self.id, path)
    }

    pub fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        request(&self.agent, method, &self.url(path), body)
    }

    pub fn find(&self, css: &str) -> Result<Element, String> {
        let v = self.cmd(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        )?;
        Ok(Element(
            v[ELEMENT_KEY]
                .as_str()
                .ok_or_else(|| format!("{css}: {v}"))?
                .to_string(),
        ))
    }

    pub fn find_all(&self, css: &str) -> Result<Vec<Element>, String> {
        let v = self.cmd(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )?;
        Ok(v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT_KEY].as_str())
                    .map(|s| Element(s.into()))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// Waits until an element matching `css` exists and is displayed.
    pub fn wait(&self, css: &str, timeout: Duration) -> Result<Element, String> {
        let start = Instant::now();
        loop {
            if let Ok(e) = self.find(css) {
                if self.displayed(&e).unwrap_or(false) {
                    return Ok(e);
                }
            }
            if start.elapsed() > timeout {
                return Err(format!("timed out waiting for {css}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until an element matching `css` exists (shown or not).
    pub fn wait_present(&self, css: &str, timeout: Duration) -> Result<Element, String> {
        let start = Instant::now();
        loop {
            if let Ok(e) = self.find(css) {
                return Ok(e);
            }
            if start.elapsed() > timeout {
                return Err(format!("timed out waiting for {css}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until no element matches `css`.
    pub fn wait_gone(&self, css: &str, timeout: Duration) -> Result<(), String> {
        let start = Instant::now();
        while self.find(css).is_ok() {
            if start.elapsed() > timeout {
                return Err(format!("timed out waiting for {css} to go"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    }

    /// Waits until the text of `css` contains `needle`.
    pub fn wait_text(&self, css: &str, needle: &str, timeout: Duration) -> Result<String, String> {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            if let Ok(e) = self.find(css) {
                last = self.text(&e).unwrap_or_default();
                if last.contains(needle) {
                    return Ok(last);
                }
            }
            if start.elapsed() > timeout {
                return Err(format!(
                    "timed out waiting for {needle:?} in {css}; last text: {last:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the DOM text (`textContent`) of `css` contains `needle`:
    /// for text WebKit's rendered text leaves out (see `text_content`).
    pub fn wait_text_content(
        &self,
        css: &str,
        needle: &str,
        timeout: Duration,
    ) -> Result<String, String> {
        let start = Instant::now();
        loop {
            let last = self.text_content(css).unwrap_or_default();
            if last.contains(needle) {
                return Ok(last);
            }
            if start.elapsed() > timeout {
                return Err(format!(
                    "timed out waiting for {needle:?} in the DOM text of {css}; last: {last:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The DOM text of the first element matching `css` (WebKit's rendered
    /// text comes back empty for some inline elements in the header).
    pub fn text_content(&self, css: &str) -> Result<String, String> {
        let v = self.execute(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
            json!([css]),
        )?;
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("no element {css}"))
    }

    /// Waits until the whole page's text contains `needle`.
    pub fn wait_page_text(&self, needle: &str, timeout: Duration) -> Result<String, String> {
        self.wait_text("body", needle, timeout)
    }

    pub fn click(&self, e: &Element) -> Result<(), String> {
        self.cmd("POST", &format!("/element/{}/click", e.0), Some(json!({})))
            .map(|_| ())
    }

    /// Clicks `css` once it is shown; retries while an animation (a closing
    /// modal's mask, a toast) still covers it.
    pub fn click_css(&self, css: &str) -> Result<(), String> {
        let start = Instant::now();
        loop {
            let e = self.wait(css, Duration::from_secs(10))?;
            match self.click(&e) {
                // A drawer or modal still sliding in, or a mask still fading out.
                Err(err)
                    if (err.contains("intercepted") || err.contains("not interactable"))
                        && start.elapsed() < Duration::from_secs(5) =>
                {
                    std::thread::sleep(Duration::from_millis(200));
                }
                other => return other.map_err(|err| format!("{css}: {err}")),
            }
        }
    }

    pub fn clear(&self, e: &Element) -> Result<(), String> {
        self.cmd("POST", &format!("/element/{}/clear", e.0), Some(json!({})))
            .map(|_| ())
    }

    pub fn send_keys(&self, e: &Element, text: &str) -> Result<(), String> {
        self.cmd(
            "POST",
            &format!("/element/{}/value", e.0),
            Some(json!({"text": text})),
        )
        .map(|_| ())
    }

    /// Clears the input `css` and types `text` into it, as a user would.
    pub fn type_into(&self, css: &str, text: &str) -> Result<(), String> {
        self.click_css(css)?;
        let e = self.find(css)?;
        self.select_all_and_delete(&e)?;
        // The field must keep its element (and so the focus) while the user types.
        let e = self.find(css)?;
        self.send_keys(&e, text)?;
        let value = self.property(&e, "value")?;
        if value.as_str() != Some(text) {
            return Err(format!("{css}: typed {text:?} but the field holds {value}"));
        }
        Ok(())
    }

    /// Types a date into an antd DatePicker `css` and leaves it with Tab
    /// (Enter would submit the form around it).
    pub fn type_date(&self, css: &str, date: &str) -> Result<(), String> {
        self.type_into(css, date)?;
        self.send_keys(&self.find(css)?, "\u{E004}")
    }

    fn select_all_and_delete(&self, e: &Element) -> Result<(), String> {
        // Ctrl+A then Backspace: React sees the change (a bare WebDriver clear may not).
        self.send_keys(e, "\u{E009}a\u{E009}\u{E003}")
    }

    pub fn text(&self, e: &Element) -> Result<String, String> {
        let v = self.cmd("GET", &format!("/element/{}/text", e.0), None)?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub fn property(&self, e: &Element, name: &str) -> Result<Value, String> {
        self.cmd("GET", &format!("/element/{}/property/{name}", e.0), None)
    }

    pub fn displayed(&self, e: &Element) -> Result<bool, String> {
        let v = self.cmd("GET", &format!("/element/{}/displayed", e.0), None)?;
        Ok(v.as_bool().unwrap_or(false))
    }

    /// Runs async JavaScript; the script calls `arguments[arguments.length - 1](result)`.
    pub fn execute_async(&self, script: &str, args: Value) -> Result<Value, String> {
        self.cmd(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": args})),
        )
    }

    pub fn execute(&self, script: &str, args: Value) -> Result<Value, String> {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Calls a Tauri command from inside the window, as the UI does; returns
    /// `{"ok": value}` or `{"err": {code, message}}`.
    pub fn invoke(&self, command: &str, args: Value) -> Result<Value, String> {
        self.execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
               .then(v => done({ok: v}), e => done({err: e}));",
            json!([command, args]),
        )
    }

    pub fn end(&self) -> Result<(), String> {
        request(&self.agent, "DELETE", &self.url(""), None).map(|_| ())
    }
}

fn request(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    body: Option<Value>,
) -> Result<Value, String> {
    let resp = match (method, body) {
        ("GET", _) => agent.get(url).call(),
        ("DELETE", _) => agent.delete(url).call(),
        (_, b) => agent.post(url).send_json(b.unwrap_or(json!({}))),
    }
    .map_err(|e| format!("{method} {url}: {e}"))?;
    let status = resp.status().as_u16();
    let mut resp = resp;
    let v: Value = resp
        .body_mut()
        .read_json()
        .map_err(|e| format!("{method} {url}: {e}"))?;
    if status >= 400 {
        return Err(format!("{method} {url}: HTTP {status}: {}", v["value"]));
    }
    Ok(v["value"].clone())
}
