import type { DesignerAction } from "./designerAction";
import type { DesignerState } from "./designerState";

// OWNED BY h-core: the pure editing logic, with unit tests beside it (designerReducer.test.ts).
/** The stream designer's editing logic: (state, action) → next state; never mutates, no I/O. */
export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case "select":
      return { ...state, selection: action.ids };
    default:
      return state; // TODO h-core
  }
}
