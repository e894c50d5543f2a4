// botbuilder's MemoryStorage is the reference the contract is written from.
import { MemoryStorage } from 'botbuilder';
import { describeStorageContract } from './storageContract';

describeStorageContract('MemoryStorage', async () => ({ storage: new MemoryStorage() }));
