/** Slack beyond the view, so the straight cut edges never show inside the projected frame. */
export const CUT_MARGIN_DEGREES = 1.2;
export const REGION_OPTIONS = { minWeight: 0.0004, quantization: 4000 };
