// `fintone/widget/slim`: the same element and exports as `fintone/widget`, on the slim build.
export * from "./fintone-analyzer.js";
