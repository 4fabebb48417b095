import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../lib/format';

/** A bar chart of 0–1 values; decorative beside the table that carries the same numbers (aria-hidden). */
export const IndexChart = ({ data, label }: { data: { name: string; value: number }[]; label: string }) => (
  <figure className="chart" aria-hidden="true">
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 28)}>
      <BarChart data={data} layout="vertical" margin={{ left: 120, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v)} />
        <YAxis type="category" dataKey="name" width={140} />
        <Tooltip formatter={(v) => formatPercent(Number(v))} />
        <Bar dataKey="value" name={label} fill="#0b5394" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  </figure>
);
