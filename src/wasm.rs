//! The JS API (wasm-bindgen): filled by the WebAssembly issue.
