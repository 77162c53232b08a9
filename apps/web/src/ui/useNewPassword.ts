import { useState } from "react";

/**
 * The state of a new password typed twice (NewPasswordFields): spread `fields` into the component,
 * call `confirmed()` on submit (false, and the repeat field says so, when the two differ).
 */
export function useNewPassword() {
  const [value, setValue] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const confirmed = () => {
    const differ = value !== repeat;
    setMismatch(differ);
    return !differ;
  };
  const clear = () => {
    setValue("");
    setRepeat("");
  };
  return {
    value,
    confirmed,
    clear,
    fields: { value, onChange: setValue, repeat, onRepeatChange: setRepeat, mismatch },
  };
}
