/** incDecimal returns the decimal string one greater than the non-negative decimal string s. */
export function incDecimal(s: string): string {
  const digits = s.split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') {
    digits[i] = '0';
    i--;
  }
  if (i >= 0) digits[i] = String.fromCharCode((digits[i] as string).charCodeAt(0) + 1);
  else digits.unshift('1');
  return digits.join('');
}

/** decDecimal returns the decimal string one less than s, or '' when s is zero. */
export function decDecimal(s: string): string {
  const digits = s.split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '0') {
    digits[i] = '9';
    i--;
  }
  if (i < 0) return '';
  if (i === 0 && digits[0] === '1' && digits.length > 1) return digits.slice(1).join('');
  digits[i] = String.fromCharCode((digits[i] as string).charCodeAt(0) - 1);
  return digits.join('');
}

/** compareDecimal compares two decimal strings without leading zeros by numeric value; '' is less than every number. */
export function compareDecimal(x: string, y: string): -1 | 0 | 1 {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : 1;
}
