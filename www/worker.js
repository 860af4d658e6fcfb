// The widget's worker on the main build (started by ./fintone-analyzer.js): see ./worker-serve.js.
import * as engine from "../js/index.js";
import { serve } from "./worker-serve.js";

serve(engine);
