// Each jest test file gets its own nock instance while http/fetch are patched
// process-wide: activate before the file and un-patch after it, so several
// nock-using files can share one (in-band) jest process.
import nock from 'nock';

beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  nock.enableNetConnect(/(127\.0\.0\.1|localhost)/);
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});
