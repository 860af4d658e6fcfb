// The widget's worker on the slim build (started by ./fintone-analyzer-slim.js): see ./worker-serve.js.
import * as engine from "../js/slim.js";
import { serve } from "./worker-serve.js";

serve(engine);
