import type { ImportMapping, ImportPreview } from "@parley/protocol/imports";
import { SelectField } from "../../ui/SelectField";

const SKIP = "none";

/** Each column of the file with its first values and the field it goes to ("Don't import" to leave it). */
export function MappingTable({
  preview,
  mapping,
  onChange,
}: {
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange(mapping: ImportMapping): void;
}) {
  const options = [
    { value: SKIP, label: "Don't import" },
    ...preview.targets.map((t) => ({ value: t.target, label: t.label })),
  ];
  return (
    <div className="table-wrap">
      <table className="table import-mapping">
        <caption className="visually-hidden">Columns of the file and where they go</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Import into</th>
          </tr>
        </thead>
        <tbody>
          {preview.import.columns.map((column, i) => {
            const name = column || `Column ${i + 1}`;
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td className="import-samples">
                  {preview.rows
                    .slice(0, 3)
                    .map((row) => row[i] ?? "")
                    .filter(Boolean)
                    .join(", ")}
                </td>
                <td>
                  <SelectField
                    label={`Import “${name}” into`}
                    hideLabel
                    value={mapping[i] ?? SKIP}
                    options={options}
                    onChange={(value) =>
                      onChange(
                        mapping.map((target, j) => (j === i ? (value === SKIP ? null : value) : target)),
                      )
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
