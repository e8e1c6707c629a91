// API problems that end what the person was doing and move them to another screen. Each code
// comes only from the calls where it makes sense, so every view can hand its problems here first.
import { navigate } from '../router.js';
import { endChallenge, endSession, recordLock } from '../session.js';

/**
 * Moves to the screen that `failure` calls for: the locked-account page for account_locked, and
 * the sign-in page (showing the problem) for an expired sign-in step or session. Returns true
 * when it moved, false when the view should show the problem itself.
 */
export function followProblem(failure) {
  switch (failure.code) {
    case 'account_locked':
      recordLock(failure.problem);
      navigate('/locked');
      return true;
    case 'invalid_challenge':
      endChallenge();
      navigate('/sign-in', { problem: failure });
      return true;
    case 'unauthorized':
      endSession();
      navigate('/sign-in', { problem: failure });
      return true;
    default:
      return false;
  }
}
