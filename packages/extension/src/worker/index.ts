/**
 * The worker's entry. Module order matters: early.js starts reading the rules before the modules
 * main.js imports (the engine's among them) spend their set-up time, so the reads overlap with it.
 */
import './early.js';
import './main.js';
