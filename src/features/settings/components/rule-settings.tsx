import { useSettingsStore } from '../../../stores/settings-store';

/** Settings of the product's rules that a capture team may tune. */
export const RuleSettings = () => {
  const windowDays = useSettingsStore((state) => state.deconflictionWindowDays);
  const setWindowDays = useSettingsStore((state) => state.setDeconflictionWindowDays);
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <div className="form-field" style={{ maxWidth: '24rem' }}>
        <label htmlFor="deconfliction-window">Deconfliction window (days)</label>
        <input
          id="deconfliction-window"
          type="number"
          min={0}
          max={365}
          value={windowDays}
          aria-describedby="deconfliction-window-hint"
          onChange={(event) => {
            if (event.target.value !== '') setWindowDays(Number(event.target.value));
          }}
        />
        <p id="deconfliction-window-hint" className="field-hint">
          Two contacts with the same stakeholder by different people of ours this many days apart, or fewer, are
          flagged.
        </p>
      </div>
    </section>
  );
};
