export { answerChallenge, deleteAnswer, editAnswer, faceToo, markHelpful, undoFaceToo } from './challenge-answers.service';
export { findCityIdBySlug } from './challenge-common';
export { canSeeChallenge } from './challenges.policy';
export type { AnswerView, ChallengeFormView, ChallengeSummary, CityRef, FacingCity } from './challenges.schemas';
export { challengesOf, getChallenge, isOwnOpenChallenge, listChallenges, openChallengesOfAuthor } from './challenges-read.service';
export { createChallenge, getEditChallengeForm, getNewChallengeForm, setChallengeStatus, updateChallenge } from './challenges.service';
export { challengesNotifications } from './challenges.notifications';
