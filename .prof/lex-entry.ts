import { EmptyFileSystem } from 'langium';
import { createPoaServices } from '../language/poa-module.js';
export const { Poa } = createPoaServices(EmptyFileSystem);
