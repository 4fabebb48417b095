import { Link } from 'react-router-dom';

/** A table row's header naming a process: its id as a link to the process page, then its name. */
export const ProcessRowHeader = ({ id, name }: { id: string; name: string }) => (
  <th scope="row">
    <Link to={`/processes/${encodeURIComponent(id)}`}>{id}</Link> {name}
  </th>
);
