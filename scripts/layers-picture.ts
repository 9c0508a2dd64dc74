/** `npm run -s layers`: print which folder may import which (`layers.json`), lowest layer first. */
import { dependencyPicture } from './layers';

console.log(dependencyPicture().join('\n'));
