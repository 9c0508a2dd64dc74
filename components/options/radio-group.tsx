/** A labelled group of radio buttons, each with an optional line of help. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  help?: string;
}

export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  legendHidden?: boolean;
  help?: string;
  value: T;
  options: RadioOption<T>[];
  onChange(value: T): void;
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const helpId = props.help ? `${props.name}-help` : undefined;
  return (
    <fieldset class="field-group" aria-describedby={helpId}>
      <legend class={props.legendHidden ? 'visually-hidden' : undefined}>{props.legend}</legend>
      {props.help && (
        <p class="help" id={helpId}>
          {props.help}
        </p>
      )}
      <div class="radios">
        {props.options.map((o) => (
          <label class="radio" key={o.value} data-value={o.value}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>
              {o.label}
              {o.help && <span class="radio-help">{o.help}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
